"""CreateChatCompletionRequestToolsItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .chat_completion_tool import ChatCompletionTool, ChatCompletionToolParam
from .custom_tool_chat_completions import CustomToolChatCompletions, CustomToolChatCompletionsParam

__all__ = ["CreateChatCompletionRequestToolsItem", "CreateChatCompletionRequestToolsItemParam"]

CreateChatCompletionRequestToolsItem: TypeAlias = Annotated[
    Union[
        Annotated[ChatCompletionTool, Tag("ChatCompletionTool")],
        Annotated[CustomToolChatCompletions, Tag("CustomToolChatCompletions")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged("type", {"function": "ChatCompletionTool", "custom": "CustomToolChatCompletions"}),
]


CreateChatCompletionRequestToolsItemParam: TypeAlias = (
    ChatCompletionToolParam
    | ChatCompletionTool
    | CustomToolChatCompletionsParam
    | CustomToolChatCompletions
)
"""Request form of :class:`CreateChatCompletionRequestToolsItem`: a dict a type checker can check."""
