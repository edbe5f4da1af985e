"""RunStepDeltaStepDetailsMessageCreationObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_step_delta_step_details_message_creation_object_message_creation import (
    RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
)

__all__ = ["RunStepDeltaStepDetailsMessageCreationObject"]


class RunStepDeltaStepDetailsMessageCreationObject(OagenModel):
    """Details of the message creation by the run step."""

    type: Literal["message_creation"]
    """Always `message_creation`."""

    message_creation: RunStepDeltaStepDetailsMessageCreationObjectMessageCreation | None = None
