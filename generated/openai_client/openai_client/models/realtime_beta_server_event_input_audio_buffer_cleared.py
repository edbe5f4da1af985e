"""RealtimeBetaServerEventInputAudioBufferCleared."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeBetaServerEventInputAudioBufferCleared"]


class RealtimeBetaServerEventInputAudioBufferCleared(OagenModel):
    """Returned when the input audio buffer is cleared by the client with a
    `input_audio_buffer.clear` event."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["input_audio_buffer.cleared"]
    """The event type, must be `input_audio_buffer.cleared`."""
