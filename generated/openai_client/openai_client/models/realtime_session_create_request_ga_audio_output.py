"""RealtimeSessionCreateRequestGAAudioOutput."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .realtime_audio_formats import RealtimeAudioFormats, RealtimeAudioFormatsParam
from .voice_ids_or_custom_voice import VoiceIdsOrCustomVoice, VoiceIdsOrCustomVoiceParam

__all__ = [
    "RealtimeSessionCreateRequestGAAudioOutput",
    "RealtimeSessionCreateRequestGAAudioOutputParam",
]


class RealtimeSessionCreateRequestGAAudioOutput(OagenModel):
    """RealtimeSessionCreateRequestGAAudioOutput"""

    format: RealtimeAudioFormats | None = None
    """The format of the output audio."""

    voice: VoiceIdsOrCustomVoice | None = None
    """The voice the model uses to respond. Supported built-in voices are
    `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
    `marin`, and `cedar`. You may also provide a custom voice object with
    an `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed
    during the session once the model has responded with audio at least once.
    We recommend `marin` and `cedar` for best quality.

    Server default: ``"alloy"``."""

    speed: float | None = None
    """The speed of the model's spoken response as a multiple of the original speed.
    1.0 is the default speed. 0.25 is the minimum speed. 1.5 is the maximum speed. This value can only be changed in between model turns, not while a response is in progress.

    This parameter is a post-processing adjustment to the audio after it is generated, it's
    also possible to prompt the model to speak faster or slower.

    Server default: ``1``."""


class RealtimeSessionCreateRequestGAAudioOutputParam(TypedDict, total=False):
    """Request form of :class:`RealtimeSessionCreateRequestGAAudioOutput`: a dict a type checker can check."""

    format: RealtimeAudioFormatsParam
    """The format of the output audio."""

    voice: VoiceIdsOrCustomVoiceParam
    """The voice the model uses to respond. Supported built-in voices are
    `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
    `marin`, and `cedar`. You may also provide a custom voice object with
    an `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed
    during the session once the model has responded with audio at least once.
    We recommend `marin` and `cedar` for best quality."""

    speed: float
    """The speed of the model's spoken response as a multiple of the original speed.
    1.0 is the default speed. 0.25 is the minimum speed. 1.5 is the maximum speed. This value can only be changed in between model turns, not while a response is in progress.

    This parameter is a post-processing adjustment to the audio after it is generated, it's
    also possible to prompt the model to speak faster or slower."""
