"""RealtimeAudioFormatsAudioPcma."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["RealtimeAudioFormatsAudioPcma", "RealtimeAudioFormatsAudioPcmaParam"]


class RealtimeAudioFormatsAudioPcma(OagenModel):
    """The G.711 A-law format."""

    type: Literal["audio/pcma"] | None = None
    """The audio format. Always `audio/pcma`."""


class RealtimeAudioFormatsAudioPcmaParam(TypedDict, total=False):
    """Request form of :class:`RealtimeAudioFormatsAudioPcma`: a dict a type checker can check."""

    type: Literal["audio/pcma"]
    """The audio format. Always `audio/pcma`."""
