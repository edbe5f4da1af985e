"""RunStepDeltaObjectDelta."""

from __future__ import annotations

from .._models import OagenModel
from .run_step_delta_object_delta_step_details import RunStepDeltaObjectDeltaStepDetails

__all__ = ["RunStepDeltaObjectDelta"]


class RunStepDeltaObjectDelta(OagenModel):
    """The delta containing the fields that have changed on the run step."""

    step_details: RunStepDeltaObjectDeltaStepDetails | None = None
    """The details of the run step."""
