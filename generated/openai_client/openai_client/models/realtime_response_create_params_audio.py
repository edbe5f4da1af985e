"""RealtimeResponseCreateParamsAudio."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_response_create_params_audio_output import RealtimeResponseCreateParamsAudioOutput

__all__ = ["RealtimeResponseCreateParamsAudio"]


class RealtimeResponseCreateParamsAudio(OagenModel):
    """Configuration for audio input and output."""

    output: RealtimeResponseCreateParamsAudioOutput | None = None
