"""RealtimeAudioFormatsAudioPcmu."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeAudioFormatsAudioPcmu"]


class RealtimeAudioFormatsAudioPcmu(OagenModel):
    """The G.711 μ-law format."""

    type: Literal["audio/pcmu"] | None = None
    """The audio format. Always `audio/pcmu`."""
