"""RunStreamEventThreadRunCancelled."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_object import RunObject

__all__ = ["RunStreamEventThreadRunCancelled"]


class RunStreamEventThreadRunCancelled(OagenModel):
    """Occurs when a [run](/docs/api-reference/runs/object) is cancelled."""

    event: Literal["thread.run.cancelled"]

    data: RunObject
