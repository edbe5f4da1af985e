"""RunStepDetailsMessageCreationObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_step_details_message_creation_object_message_creation import (
    RunStepDetailsMessageCreationObjectMessageCreation,
)

__all__ = ["RunStepDetailsMessageCreationObject"]


class RunStepDetailsMessageCreationObject(OagenModel):
    """Details of the message creation by the run step."""

    type: Literal["message_creation"]
    """Always `message_creation`."""

    message_creation: RunStepDetailsMessageCreationObjectMessageCreation
