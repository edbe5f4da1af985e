"""RealtimeSessionCreateResponseAudioInput."""

from __future__ import annotations

from .._models import OagenModel
from .audio_transcription_response import AudioTranscriptionResponse
from .realtime_audio_formats import RealtimeAudioFormats
from .realtime_session_create_response_audio_input_noise_reduction import (
    RealtimeSessionCreateResponseAudioInputNoiseReduction,
)
from .realtime_session_create_response_audio_input_turn_detection import (
    RealtimeSessionCreateResponseAudioInputTurnDetection,
)

__all__ = ["RealtimeSessionCreateResponseAudioInput"]


class RealtimeSessionCreateResponseAudioInput(OagenModel):
    """RealtimeSessionCreateResponseAudioInput"""

    format: RealtimeAudioFormats | None = None

    transcription: AudioTranscriptionResponse | None = None
    """Configuration for input audio transcription."""

    noise_reduction: RealtimeSessionCreateResponseAudioInputNoiseReduction | None = None
    """Configuration for input audio noise reduction."""

    turn_detection: RealtimeSessionCreateResponseAudioInputTurnDetection | None = None
    """Configuration for turn detection."""
