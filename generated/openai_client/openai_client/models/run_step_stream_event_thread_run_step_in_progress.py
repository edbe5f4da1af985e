"""RunStepStreamEventThreadRunStepInProgress."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_step_object import RunStepObject

__all__ = ["RunStepStreamEventThreadRunStepInProgress"]


class RunStepStreamEventThreadRunStepInProgress(OagenModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) moves to an `in_progress` state."""

    event: Literal["thread.run.step.in_progress"]

    data: RunStepObject
