"""RealtimeTranscriptionSessionCreateResponseGA."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_transcription_session_create_response_ga_audio import (
    RealtimeTranscriptionSessionCreateResponseGAAudio,
)

__all__ = ["RealtimeTranscriptionSessionCreateResponseGA"]


class RealtimeTranscriptionSessionCreateResponseGA(OagenModel):
    """A Realtime transcription session configuration object."""

    type: Literal["transcription"]
    """The type of session. Always `transcription` for transcription sessions."""

    id: str
    """Unique identifier for the session that looks like `sess_1234567890abcdef`."""

    object: str
    """The object type. Always `realtime.transcription_session`."""

    expires_at: int | None = None
    """Expiration timestamp for the session, in seconds since epoch."""

    include: list[Literal["item.input_audio_transcription.logprobs"]] | None = None
    """Additional fields to include in server outputs.
    - `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription."""

    audio: RealtimeTranscriptionSessionCreateResponseGAAudio | None = None
    """Configuration for input audio for the session."""
