"""RealtimeTranscriptionSessionCreateResponseGAAudio."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_transcription_session_create_response_ga_audio_input import (
    RealtimeTranscriptionSessionCreateResponseGAAudioInput,
)

__all__ = ["RealtimeTranscriptionSessionCreateResponseGAAudio"]


class RealtimeTranscriptionSessionCreateResponseGAAudio(OagenModel):
    """Configuration for input audio for the session."""

    input: RealtimeTranscriptionSessionCreateResponseGAAudioInput | None = None
