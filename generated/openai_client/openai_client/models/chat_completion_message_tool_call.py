"""ChatCompletionMessageToolCall."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .chat_completion_message_tool_call_function import (
    ChatCompletionMessageToolCallFunction,
    ChatCompletionMessageToolCallFunctionParam,
)

__all__ = ["ChatCompletionMessageToolCall", "ChatCompletionMessageToolCallParam"]


class ChatCompletionMessageToolCall(OagenModel):
    """A call to a function tool created by the model."""

    id: str
    """The ID of the tool call."""

    type: Literal["function"]
    """The type of the tool. Currently, only `function` is supported."""

    function: ChatCompletionMessageToolCallFunction
    """The function that the model called."""


class ChatCompletionMessageToolCallParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionMessageToolCall`: a dict a type checker can check."""

    id: Required[str]
    """The ID of the tool call."""

    type: Required[Literal["function"]]
    """The type of the tool. Currently, only `function` is supported."""

    function: Required[
        ChatCompletionMessageToolCallFunctionParam | ChatCompletionMessageToolCallFunction
    ]
    """The function that the model called."""
