"""CreateConversationItemsRequest."""

from __future__ import annotations

from .._models import OagenModel
from .input_item import InputItem

__all__ = ["CreateConversationItemsRequest"]


class CreateConversationItemsRequest(OagenModel):
    """CreateConversationItemsRequest"""

    items: list[InputItem]
    """The items to add to the conversation. You may add up to 20 items at a time."""
