"""RealtimeSessionCreateResponseAudio."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_session_create_response_audio_input import RealtimeSessionCreateResponseAudioInput
from .realtime_session_create_response_audio_output import RealtimeSessionCreateResponseAudioOutput

__all__ = ["RealtimeSessionCreateResponseAudio"]


class RealtimeSessionCreateResponseAudio(OagenModel):
    """Configuration for input and output audio for the session."""

    input: RealtimeSessionCreateResponseAudioInput | None = None

    output: RealtimeSessionCreateResponseAudioOutput | None = None
