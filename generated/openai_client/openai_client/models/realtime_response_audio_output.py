"""RealtimeResponseAudioOutput."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_audio_formats import RealtimeAudioFormats
from .voice_ids_shared import VoiceIdsShared

__all__ = ["RealtimeResponseAudioOutput"]


class RealtimeResponseAudioOutput(OagenModel):
    """RealtimeResponseAudioOutput"""

    format: RealtimeAudioFormats | None = None
    """The format of the output audio."""

    voice: VoiceIdsShared | None = None
    """The voice the model uses to respond. Voice cannot be changed during the
    session once the model has responded with audio at least once. Current
    voice options are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`,
    `shimmer`, `verse`, `marin`, and `cedar`. We recommend `marin` and `cedar` for
    best quality.

    Server default: ``"alloy"``."""
