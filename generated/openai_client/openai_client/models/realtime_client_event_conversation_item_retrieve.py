"""RealtimeClientEventConversationItemRetrieve."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeClientEventConversationItemRetrieve"]


class RealtimeClientEventConversationItemRetrieve(OagenModel):
    """Send this event when you want to retrieve the server's representation of a specific item in the conversation history. This is useful, for example, to inspect user audio after noise cancellation and VAD.
    The server will respond with a `conversation.item.retrieved` event,
    unless the item does not exist in the conversation history, in which case the
    server will respond with an error."""

    event_id: str | None = None
    """Optional client-generated ID used to identify this event."""

    type: Literal["conversation.item.retrieve"]
    """The event type, must be `conversation.item.retrieve`."""

    item_id: str
    """The ID of the item to retrieve."""
