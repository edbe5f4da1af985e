"""RealtimeAudioFormatsAudioPcmu."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["RealtimeAudioFormatsAudioPcmu", "RealtimeAudioFormatsAudioPcmuParam"]


class RealtimeAudioFormatsAudioPcmu(OagenModel):
    """The G.711 μ-law format."""

    type: Literal["audio/pcmu"] | None = None
    """The audio format. Always `audio/pcmu`."""


class RealtimeAudioFormatsAudioPcmuParam(TypedDict, total=False):
    """Request form of :class:`RealtimeAudioFormatsAudioPcmu`: a dict a type checker can check."""

    type: Literal["audio/pcmu"]
    """The audio format. Always `audio/pcmu`."""
