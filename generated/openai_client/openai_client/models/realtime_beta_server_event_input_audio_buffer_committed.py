"""RealtimeBetaServerEventInputAudioBufferCommitted."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeBetaServerEventInputAudioBufferCommitted"]


class RealtimeBetaServerEventInputAudioBufferCommitted(OagenModel):
    """Returned when an input audio buffer is committed, either by the client or
    automatically in server VAD mode. The `item_id` property is the ID of the user
    message item that will be created, thus a `conversation.item.created` event
    will also be sent to the client."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["input_audio_buffer.committed"]
    """The event type, must be `input_audio_buffer.committed`."""

    previous_item_id: str | None = None

    item_id: str
    """The ID of the user message item that will be created."""
