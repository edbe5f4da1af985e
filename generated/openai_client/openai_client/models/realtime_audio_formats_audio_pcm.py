"""RealtimeAudioFormatsAudioPcm."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["RealtimeAudioFormatsAudioPcm", "RealtimeAudioFormatsAudioPcmParam"]


class RealtimeAudioFormatsAudioPcm(OagenModel):
    """The PCM audio format. Only a 24kHz sample rate is supported."""

    type: Literal["audio/pcm"] | None = None
    """The audio format. Always `audio/pcm`."""

    rate: Literal[24000] | None = None
    """The sample rate of the audio. Always `24000`."""


class RealtimeAudioFormatsAudioPcmParam(TypedDict, total=False):
    """Request form of :class:`RealtimeAudioFormatsAudioPcm`: a dict a type checker can check."""

    type: Literal["audio/pcm"]
    """The audio format. Always `audio/pcm`."""

    rate: Literal[24000]
    """The sample rate of the audio. Always `24000`."""
