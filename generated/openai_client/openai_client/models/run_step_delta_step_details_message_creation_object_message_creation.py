"""RunStepDeltaStepDetailsMessageCreationObjectMessageCreation."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RunStepDeltaStepDetailsMessageCreationObjectMessageCreation"]


class RunStepDeltaStepDetailsMessageCreationObjectMessageCreation(OagenModel):
    """RunStepDeltaStepDetailsMessageCreationObjectMessageCreation"""

    message_id: str | None = None
    """The ID of the message that was created by this run step."""
