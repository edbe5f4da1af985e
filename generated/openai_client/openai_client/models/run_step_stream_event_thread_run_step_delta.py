"""RunStepStreamEventThreadRunStepDelta."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_step_delta_object import RunStepDeltaObject

__all__ = ["RunStepStreamEventThreadRunStepDelta"]


class RunStepStreamEventThreadRunStepDelta(OagenModel):
    """Occurs when parts of a [run step](/docs/api-reference/run-steps/step-object) are being streamed."""

    event: Literal["thread.run.step.delta"]

    data: RunStepDeltaObject
