"""RealtimeTranscriptionSessionCreateRequestTurnDetection."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = [
    "RealtimeTranscriptionSessionCreateRequestTurnDetection",
    "RealtimeTranscriptionSessionCreateRequestTurnDetectionParam",
]


class RealtimeTranscriptionSessionCreateRequestTurnDetection(OagenModel):
    """Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech."""

    type: Literal["server_vad"] | None = None
    """Type of turn detection. Only `server_vad` is currently supported for transcription sessions."""

    threshold: float | None = None
    """Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments."""

    prefix_padding_ms: int | None = None
    """Amount of audio to include before the VAD detected speech (in
    milliseconds). Defaults to 300ms."""

    silence_duration_ms: int | None = None
    """Duration of silence to detect speech stop (in milliseconds). Defaults
    to 500ms. With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user."""


class RealtimeTranscriptionSessionCreateRequestTurnDetectionParam(TypedDict, total=False):
    """Request form of :class:`RealtimeTranscriptionSessionCreateRequestTurnDetection`: a dict a type checker can check."""

    type: Literal["server_vad"]
    """Type of turn detection. Only `server_vad` is currently supported for transcription sessions."""

    threshold: float
    """Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments."""

    prefix_padding_ms: int
    """Amount of audio to include before the VAD detected speech (in
    milliseconds). Defaults to 300ms."""

    silence_duration_ms: int
    """Duration of silence to detect speech stop (in milliseconds). Defaults
    to 500ms. With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user."""
