"""RunStepStreamEventThreadRunStepExpired."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_step_object import RunStepObject

__all__ = ["RunStepStreamEventThreadRunStepExpired"]


class RunStepStreamEventThreadRunStepExpired(OagenModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) expires."""

    event: Literal["thread.run.step.expired"]

    data: RunStepObject
