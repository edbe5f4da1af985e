"""RunStepDetailsMessageCreationObjectMessageCreation."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RunStepDetailsMessageCreationObjectMessageCreation"]


class RunStepDetailsMessageCreationObjectMessageCreation(OagenModel):
    """RunStepDetailsMessageCreationObjectMessageCreation"""

    message_id: str
    """The ID of the message that was created by this run step."""
