"""RunStepStreamEventThreadRunStepCompleted."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_step_object import RunStepObject

__all__ = ["RunStepStreamEventThreadRunStepCompleted"]


class RunStepStreamEventThreadRunStepCompleted(OagenModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) is completed."""

    event: Literal["thread.run.step.completed"]

    data: RunStepObject
