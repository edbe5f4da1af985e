"""RunStreamEventThreadRunInProgress."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_object import RunObject

__all__ = ["RunStreamEventThreadRunInProgress"]


class RunStreamEventThreadRunInProgress(OagenModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to an `in_progress` status."""

    event: Literal["thread.run.in_progress"]

    data: RunObject
