"""ChatCompletionMessageToolCall."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .chat_completion_message_tool_call_function import ChatCompletionMessageToolCallFunction

__all__ = ["ChatCompletionMessageToolCall"]


class ChatCompletionMessageToolCall(OagenModel):
    """A call to a function tool created by the model."""

    id: str
    """The ID of the tool call."""

    type: Literal["function"]
    """The type of the tool. Currently, only `function` is supported."""

    function: ChatCompletionMessageToolCallFunction
    """The function that the model called."""
