"""RealtimeTurnDetectionRealtimeTurnDetectionServerVad."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "RealtimeTurnDetectionRealtimeTurnDetectionServerVad",
    "RealtimeTurnDetectionRealtimeTurnDetectionServerVadParam",
]


class RealtimeTurnDetectionRealtimeTurnDetectionServerVad(OagenModel):
    """Server-side voice activity detection (VAD) which flips on when user speech is detected and off after a period of silence."""

    type: Literal["server_vad"]
    """Type of turn detection, `server_vad` to turn on simple Server VAD.

    Server default: ``"server_vad"``."""

    threshold: float | None = None
    """Used only for `server_vad` mode. Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments."""

    prefix_padding_ms: int | None = None
    """Used only for `server_vad` mode. Amount of audio to include before the VAD detected speech (in
    milliseconds). Defaults to 300ms."""

    silence_duration_ms: int | None = None
    """Used only for `server_vad` mode. Duration of silence to detect speech stop (in milliseconds). Defaults
    to 500ms. With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user."""

    create_response: bool | None = None
    """Whether or not to automatically generate a response when a VAD stop event occurs. If `interrupt_response` is set to `false` this may fail to create a response if the model is already responding.

    If both `create_response` and `interrupt_response` are set to `false`, the model will never respond automatically but VAD events will still be emitted.

    Server default: ``True``."""

    interrupt_response: bool | None = None
    """Whether or not to automatically interrupt (cancel) any ongoing response with output to the default
    conversation (i.e. `conversation` of `auto`) when a VAD start event occurs. If `true` then the response will be cancelled, otherwise it will continue until complete.

    If both `create_response` and `interrupt_response` are set to `false`, the model will never respond automatically but VAD events will still be emitted.

    Server default: ``True``."""

    idle_timeout_ms: int | None = None


class RealtimeTurnDetectionRealtimeTurnDetectionServerVadParam(TypedDict, total=False):
    """Request form of :class:`RealtimeTurnDetectionRealtimeTurnDetectionServerVad`: a dict a type checker can check."""

    type: Required[Literal["server_vad"]]
    """Type of turn detection, `server_vad` to turn on simple Server VAD."""

    threshold: float
    """Used only for `server_vad` mode. Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments."""

    prefix_padding_ms: int
    """Used only for `server_vad` mode. Amount of audio to include before the VAD detected speech (in
    milliseconds). Defaults to 300ms."""

    silence_duration_ms: int
    """Used only for `server_vad` mode. Duration of silence to detect speech stop (in milliseconds). Defaults
    to 500ms. With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user."""

    create_response: bool
    """Whether or not to automatically generate a response when a VAD stop event occurs. If `interrupt_response` is set to `false` this may fail to create a response if the model is already responding.

    If both `create_response` and `interrupt_response` are set to `false`, the model will never respond automatically but VAD events will still be emitted.
    """

    interrupt_response: bool
    """Whether or not to automatically interrupt (cancel) any ongoing response with output to the default
    conversation (i.e. `conversation` of `auto`) when a VAD start event occurs. If `true` then the response will be cancelled, otherwise it will continue until complete.

    If both `create_response` and `interrupt_response` are set to `false`, the model will never respond automatically but VAD events will still be emitted.
    """

    idle_timeout_ms: int | None
