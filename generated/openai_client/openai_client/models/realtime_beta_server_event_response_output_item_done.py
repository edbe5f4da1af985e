"""RealtimeBetaServerEventResponseOutputItemDone."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_conversation_item import RealtimeConversationItem

__all__ = ["RealtimeBetaServerEventResponseOutputItemDone"]


class RealtimeBetaServerEventResponseOutputItemDone(OagenModel):
    """Returned when an Item is done streaming. Also emitted when a Response is
    interrupted, incomplete, or cancelled."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.output_item.done"]
    """The event type, must be `response.output_item.done`."""

    response_id: str
    """The ID of the Response to which the item belongs."""

    output_index: int
    """The index of the output item in the Response."""

    item: RealtimeConversationItem
