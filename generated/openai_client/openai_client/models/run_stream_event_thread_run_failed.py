"""RunStreamEventThreadRunFailed."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_object import RunObject

__all__ = ["RunStreamEventThreadRunFailed"]


class RunStreamEventThreadRunFailed(OagenModel):
    """Occurs when a [run](/docs/api-reference/runs/object) fails."""

    event: Literal["thread.run.failed"]

    data: RunObject
