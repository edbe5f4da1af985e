"""RealtimeBetaServerEventTranscriptionSessionUpdated."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse,
)

__all__ = ["RealtimeBetaServerEventTranscriptionSessionUpdated"]


class RealtimeBetaServerEventTranscriptionSessionUpdated(OagenModel):
    """Returned when a transcription session is updated with a `transcription_session.update` event, unless
    there is an error."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["transcription_session.updated"]
    """The event type, must be `transcription_session.updated`."""

    session: RealtimeTranscriptionSessionCreateResponse
