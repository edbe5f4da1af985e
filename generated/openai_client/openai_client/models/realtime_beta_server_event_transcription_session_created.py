"""RealtimeBetaServerEventTranscriptionSessionCreated."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse,
)

__all__ = ["RealtimeBetaServerEventTranscriptionSessionCreated"]


class RealtimeBetaServerEventTranscriptionSessionCreated(OagenModel):
    """Returned when a transcription session is created."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["transcription_session.created"]
    """The event type, must be `transcription_session.created`."""

    session: RealtimeTranscriptionSessionCreateResponse
