"""RealtimeServerEventConversationItemDone."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_conversation_item import RealtimeConversationItem

__all__ = ["RealtimeServerEventConversationItemDone"]


class RealtimeServerEventConversationItemDone(OagenModel):
    """Returned when a conversation item is finalized.

    The event will include the full content of the Item except for audio data, which can be retrieved separately with a `conversation.item.retrieve` event if needed.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.done"]
    """The event type, must be `conversation.item.done`."""

    previous_item_id: str | None = None

    item: RealtimeConversationItem
