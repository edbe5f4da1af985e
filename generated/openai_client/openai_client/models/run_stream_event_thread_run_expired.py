"""RunStreamEventThreadRunExpired."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_object import RunObject

__all__ = ["RunStreamEventThreadRunExpired"]


class RunStreamEventThreadRunExpired(OagenModel):
    """Occurs when a [run](/docs/api-reference/runs/object) expires."""

    event: Literal["thread.run.expired"]

    data: RunObject
