"""RealtimeBetaClientEventConversationItemDelete."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeBetaClientEventConversationItemDelete"]


class RealtimeBetaClientEventConversationItemDelete(OagenModel):
    """Send this event when you want to remove any item from the conversation
    history. The server will respond with a `conversation.item.deleted` event,
    unless the item does not exist in the conversation history, in which case the
    server will respond with an error."""

    event_id: str | None = None
    """Optional client-generated ID used to identify this event."""

    type: Literal["conversation.item.delete"]
    """The event type, must be `conversation.item.delete`."""

    item_id: str
    """The ID of the item to delete."""
