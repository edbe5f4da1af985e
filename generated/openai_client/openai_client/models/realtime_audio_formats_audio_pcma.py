"""RealtimeAudioFormatsAudioPcma."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeAudioFormatsAudioPcma"]


class RealtimeAudioFormatsAudioPcma(OagenModel):
    """The G.711 A-law format."""

    type: Literal["audio/pcma"] | None = None
    """The audio format. Always `audio/pcma`."""
