"""RealtimeClientEventTranscriptionSessionUpdate."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_transcription_session_create_request import RealtimeTranscriptionSessionCreateRequest

__all__ = ["RealtimeClientEventTranscriptionSessionUpdate"]


class RealtimeClientEventTranscriptionSessionUpdate(OagenModel):
    """Send this event to update a transcription session."""

    event_id: str | None = None
    """Optional client-generated ID used to identify this event."""

    type: Literal["transcription_session.update"]
    """The event type, must be `transcription_session.update`."""

    session: RealtimeTranscriptionSessionCreateRequest
