"""CustomToolChatCompletions."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .custom_tool_chat_completions_custom import (
    CustomToolChatCompletionsCustom,
    CustomToolChatCompletionsCustomParam,
)

__all__ = ["CustomToolChatCompletions", "CustomToolChatCompletionsParam"]


class CustomToolChatCompletions(OagenModel):
    """A custom tool that processes input using a specified format."""

    type: Literal["custom"]
    """The type of the custom tool. Always `custom`."""

    custom: CustomToolChatCompletionsCustom
    """Properties of the custom tool."""


class CustomToolChatCompletionsParam(TypedDict, total=False):
    """Request form of :class:`CustomToolChatCompletions`: a dict a type checker can check."""

    type: Required[Literal["custom"]]
    """The type of the custom tool. Always `custom`."""

    custom: Required[CustomToolChatCompletionsCustomParam | CustomToolChatCompletionsCustom]
    """Properties of the custom tool."""
