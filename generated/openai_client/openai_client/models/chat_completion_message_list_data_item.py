"""ChatCompletionMessageListDataItem."""

from __future__ import annotations

from .chat_completion_message_list_data_item_content_parts_array_item import (
    ChatCompletionMessageListDataItemContentPartsArrayItem,
)
from .chat_completion_response_message import ChatCompletionResponseMessage

__all__ = ["ChatCompletionMessageListDataItem"]


class ChatCompletionMessageListDataItem(ChatCompletionResponseMessage):
    """ChatCompletionMessageListDataItem"""

    id: str
    """The identifier of the chat message."""

    content_parts: list[ChatCompletionMessageListDataItemContentPartsArrayItem] | None = None
