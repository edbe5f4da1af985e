"""RealtimeTranscriptionSessionCreateRequestGAAudio."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_transcription_session_create_request_ga_audio_input import (
    RealtimeTranscriptionSessionCreateRequestGAAudioInput,
)

__all__ = ["RealtimeTranscriptionSessionCreateRequestGAAudio"]


class RealtimeTranscriptionSessionCreateRequestGAAudio(OagenModel):
    """Configuration for input and output audio."""

    input: RealtimeTranscriptionSessionCreateRequestGAAudioInput | None = None
