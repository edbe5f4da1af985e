"""ChatCompletionMessageCustomToolCall."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .chat_completion_message_custom_tool_call_custom import (
    ChatCompletionMessageCustomToolCallCustom,
)

__all__ = ["ChatCompletionMessageCustomToolCall"]


class ChatCompletionMessageCustomToolCall(OagenModel):
    """A call to a custom tool created by the model."""

    id: str
    """The ID of the tool call."""

    type: Literal["custom"]
    """The type of the tool. Always `custom`."""

    custom: ChatCompletionMessageCustomToolCallCustom
    """The custom tool that the model called."""
