"""CreateConversationItemsRequest."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .input_item import InputItem, InputItemParam

__all__ = ["CreateConversationItemsRequest", "CreateConversationItemsRequestParam"]


class CreateConversationItemsRequest(OagenModel):
    """CreateConversationItemsRequest"""

    items: list[InputItem]
    """The items to add to the conversation. You may add up to 20 items at a time."""


class CreateConversationItemsRequestParam(TypedDict, total=False):
    """Request form of :class:`CreateConversationItemsRequest`: a dict a type checker can check."""

    items: Required[Sequence[InputItemParam]]
    """The items to add to the conversation. You may add up to 20 items at a time."""
