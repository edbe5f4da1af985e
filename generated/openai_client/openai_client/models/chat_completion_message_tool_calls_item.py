"""ChatCompletionMessageToolCallsItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .chat_completion_message_custom_tool_call import (
    ChatCompletionMessageCustomToolCall,
    ChatCompletionMessageCustomToolCallParam,
)
from .chat_completion_message_tool_call import (
    ChatCompletionMessageToolCall,
    ChatCompletionMessageToolCallParam,
)

__all__ = ["ChatCompletionMessageToolCallsItem", "ChatCompletionMessageToolCallsItemParam"]

ChatCompletionMessageToolCallsItem: TypeAlias = Annotated[
    Union[
        Annotated[ChatCompletionMessageToolCall, Tag("ChatCompletionMessageToolCall")],
        Annotated[ChatCompletionMessageCustomToolCall, Tag("ChatCompletionMessageCustomToolCall")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "function": "ChatCompletionMessageToolCall",
            "custom": "ChatCompletionMessageCustomToolCall",
        },
    ),
]


ChatCompletionMessageToolCallsItemParam: TypeAlias = (
    ChatCompletionMessageToolCallParam
    | ChatCompletionMessageToolCall
    | ChatCompletionMessageCustomToolCallParam
    | ChatCompletionMessageCustomToolCall
)
"""Request form of :class:`ChatCompletionMessageToolCallsItem`: a dict a type checker can check."""
