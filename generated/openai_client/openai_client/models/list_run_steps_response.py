"""ListRunStepsResponse."""

from __future__ import annotations

from .._models import OagenModel
from .run_step_object import RunStepObject

__all__ = ["ListRunStepsResponse"]


class ListRunStepsResponse(OagenModel):
    """ListRunStepsResponse"""

    object: str

    data: list[RunStepObject]

    first_id: str

    last_id: str

    has_more: bool
