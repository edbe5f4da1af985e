"""RunStepStreamEventThreadRunStepCreated."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_step_object import RunStepObject

__all__ = ["RunStepStreamEventThreadRunStepCreated"]


class RunStepStreamEventThreadRunStepCreated(OagenModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) is created."""

    event: Literal["thread.run.step.created"]

    data: RunStepObject
