"""RealtimeSessionCreateRequestGAAudioInput."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .audio_transcription import AudioTranscription, AudioTranscriptionParam
from .realtime_audio_formats import RealtimeAudioFormats, RealtimeAudioFormatsParam
from .realtime_session_create_request_ga_audio_input_noise_reduction import (
    RealtimeSessionCreateRequestGAAudioInputNoiseReduction,
    RealtimeSessionCreateRequestGAAudioInputNoiseReductionParam,
)
from .realtime_turn_detection import RealtimeTurnDetection, RealtimeTurnDetectionParam

__all__ = [
    "RealtimeSessionCreateRequestGAAudioInput",
    "RealtimeSessionCreateRequestGAAudioInputParam",
]


class RealtimeSessionCreateRequestGAAudioInput(OagenModel):
    """RealtimeSessionCreateRequestGAAudioInput"""

    format: RealtimeAudioFormats | None = None
    """The format of the input audio."""

    transcription: AudioTranscription | None = None
    """Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously through [the /audio/transcriptions endpoint](/docs/api-reference/audio/createTranscription) and should be treated as guidance of input audio content rather than precisely what the model heard. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service."""

    noise_reduction: RealtimeSessionCreateRequestGAAudioInputNoiseReduction | None = None
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    """

    turn_detection: RealtimeTurnDetection | None = None


class RealtimeSessionCreateRequestGAAudioInputParam(TypedDict, total=False):
    """Request form of :class:`RealtimeSessionCreateRequestGAAudioInput`: a dict a type checker can check."""

    format: RealtimeAudioFormatsParam
    """The format of the input audio."""

    transcription: AudioTranscriptionParam | AudioTranscription
    """Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously through [the /audio/transcriptions endpoint](/docs/api-reference/audio/createTranscription) and should be treated as guidance of input audio content rather than precisely what the model heard. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service."""

    noise_reduction: (
        RealtimeSessionCreateRequestGAAudioInputNoiseReductionParam
        | RealtimeSessionCreateRequestGAAudioInputNoiseReduction
    )
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    """

    turn_detection: RealtimeTurnDetectionParam
