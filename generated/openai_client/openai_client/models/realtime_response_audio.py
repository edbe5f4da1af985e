"""RealtimeResponseAudio."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_response_audio_output import RealtimeResponseAudioOutput

__all__ = ["RealtimeResponseAudio"]


class RealtimeResponseAudio(OagenModel):
    """Configuration for audio output."""

    output: RealtimeResponseAudioOutput | None = None
