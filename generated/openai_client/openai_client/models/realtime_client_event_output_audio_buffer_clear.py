"""RealtimeClientEventOutputAudioBufferClear."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeClientEventOutputAudioBufferClear"]


class RealtimeClientEventOutputAudioBufferClear(OagenModel):
    """**WebRTC/SIP Only:** Emit to cut off the current audio response. This will trigger the server to
    stop generating audio and emit a `output_audio_buffer.cleared` event. This
    event should be preceded by a `response.cancel` client event to stop the
    generation of the current response.
    [Learn more](/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).
    """

    event_id: str | None = None
    """The unique ID of the client event used for error handling."""

    type: Literal["output_audio_buffer.clear"]
    """The event type, must be `output_audio_buffer.clear`."""
