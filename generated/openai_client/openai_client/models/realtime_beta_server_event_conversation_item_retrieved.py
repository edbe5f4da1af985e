"""RealtimeBetaServerEventConversationItemRetrieved."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_conversation_item import RealtimeConversationItem

__all__ = ["RealtimeBetaServerEventConversationItemRetrieved"]


class RealtimeBetaServerEventConversationItemRetrieved(OagenModel):
    """Returned when a conversation item is retrieved with `conversation.item.retrieve`."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.retrieved"]
    """The event type, must be `conversation.item.retrieved`."""

    item: RealtimeConversationItem
