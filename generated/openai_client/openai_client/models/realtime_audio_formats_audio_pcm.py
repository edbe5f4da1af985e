"""RealtimeAudioFormatsAudioPcm."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeAudioFormatsAudioPcm"]


class RealtimeAudioFormatsAudioPcm(OagenModel):
    """The PCM audio format. Only a 24kHz sample rate is supported."""

    type: Literal["audio/pcm"] | None = None
    """The audio format. Always `audio/pcm`."""

    rate: Literal[24000] | None = None
    """The sample rate of the audio. Always `24000`."""
