"""RunStepStreamEventThreadRunStepCancelled."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_step_object import RunStepObject

__all__ = ["RunStepStreamEventThreadRunStepCancelled"]


class RunStepStreamEventThreadRunStepCancelled(OagenModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) is cancelled."""

    event: Literal["thread.run.step.cancelled"]

    data: RunStepObject
