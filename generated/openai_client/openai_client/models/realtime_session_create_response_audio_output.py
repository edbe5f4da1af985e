"""RealtimeSessionCreateResponseAudioOutput."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_audio_formats import RealtimeAudioFormats
from .voice_ids_shared import VoiceIdsShared

__all__ = ["RealtimeSessionCreateResponseAudioOutput"]


class RealtimeSessionCreateResponseAudioOutput(OagenModel):
    """RealtimeSessionCreateResponseAudioOutput"""

    format: RealtimeAudioFormats | None = None

    voice: VoiceIdsShared | None = None

    speed: float | None = None
