"""RunStreamEventThreadRunCompleted."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_object import RunObject

__all__ = ["RunStreamEventThreadRunCompleted"]


class RunStreamEventThreadRunCompleted(OagenModel):
    """Occurs when a [run](/docs/api-reference/runs/object) is completed."""

    event: Literal["thread.run.completed"]

    data: RunObject
