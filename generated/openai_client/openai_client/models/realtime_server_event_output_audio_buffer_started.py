"""RealtimeServerEventOutputAudioBufferStarted."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeServerEventOutputAudioBufferStarted"]


class RealtimeServerEventOutputAudioBufferStarted(OagenModel):
    """**WebRTC/SIP Only:** Emitted when the server begins streaming audio to the client. This event is
    emitted after an audio content part has been added (`response.content_part.added`)
    to the response.
    [Learn more](/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["output_audio_buffer.started"]
    """The event type, must be `output_audio_buffer.started`."""

    response_id: str
    """The unique ID of the response that produced the audio."""
