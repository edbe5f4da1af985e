"""RunStepStreamEventThreadRunStepFailed."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_step_object import RunStepObject

__all__ = ["RunStepStreamEventThreadRunStepFailed"]


class RunStepStreamEventThreadRunStepFailed(OagenModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) fails."""

    event: Literal["thread.run.step.failed"]

    data: RunStepObject
