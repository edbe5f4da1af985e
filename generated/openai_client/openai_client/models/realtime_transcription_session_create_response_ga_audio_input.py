"""RealtimeTranscriptionSessionCreateResponseGAAudioInput."""

from __future__ import annotations

from .._models import OagenModel
from .audio_transcription_response import AudioTranscriptionResponse
from .realtime_audio_formats import RealtimeAudioFormats
from .realtime_transcription_session_create_response_ga_audio_input_noise_reduction import (
    RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction,
)
from .realtime_transcription_session_create_response_ga_audio_input_turn_detection_variant1 import (
    RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetectionVariant1,
)

__all__ = ["RealtimeTranscriptionSessionCreateResponseGAAudioInput"]


class RealtimeTranscriptionSessionCreateResponseGAAudioInput(OagenModel):
    """RealtimeTranscriptionSessionCreateResponseGAAudioInput"""

    format: RealtimeAudioFormats | None = None

    transcription: AudioTranscriptionResponse | None = None
    """Configuration of the transcription model."""

    noise_reduction: RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction | None = (
        None
    )
    """Configuration for input audio noise reduction."""

    turn_detection: (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetectionVariant1 | None
    ) = None
    """Configuration for turn detection. For `gpt-realtime-whisper`, this must be `null`; VAD is not supported."""
