"""ChatCompletionMessageCustomToolCall."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .chat_completion_message_custom_tool_call_custom import (
    ChatCompletionMessageCustomToolCallCustom,
    ChatCompletionMessageCustomToolCallCustomParam,
)

__all__ = ["ChatCompletionMessageCustomToolCall", "ChatCompletionMessageCustomToolCallParam"]


class ChatCompletionMessageCustomToolCall(OagenModel):
    """A call to a custom tool created by the model."""

    id: str
    """The ID of the tool call."""

    type: Literal["custom"]
    """The type of the tool. Always `custom`."""

    custom: ChatCompletionMessageCustomToolCallCustom
    """The custom tool that the model called."""


class ChatCompletionMessageCustomToolCallParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionMessageCustomToolCall`: a dict a type checker can check."""

    id: Required[str]
    """The ID of the tool call."""

    type: Required[Literal["custom"]]
    """The type of the tool. Always `custom`."""

    custom: Required[
        ChatCompletionMessageCustomToolCallCustomParam | ChatCompletionMessageCustomToolCallCustom
    ]
    """The custom tool that the model called."""
