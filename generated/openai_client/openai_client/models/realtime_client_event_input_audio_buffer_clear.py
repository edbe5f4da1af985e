"""RealtimeClientEventInputAudioBufferClear."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeClientEventInputAudioBufferClear"]


class RealtimeClientEventInputAudioBufferClear(OagenModel):
    """Send this event to clear the audio bytes in the buffer. The server will
    respond with an `input_audio_buffer.cleared` event."""

    event_id: str | None = None
    """Optional client-generated ID used to identify this event."""

    type: Literal["input_audio_buffer.clear"]
    """The event type, must be `input_audio_buffer.clear`."""
