"""CustomToolChatCompletionsCustom."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .custom_tool_chat_completions_custom_format import (
    CustomToolChatCompletionsCustomFormat,
    CustomToolChatCompletionsCustomFormatParam,
)

__all__ = ["CustomToolChatCompletionsCustom", "CustomToolChatCompletionsCustomParam"]


class CustomToolChatCompletionsCustom(OagenModel):
    """Properties of the custom tool."""

    name: str
    """The name of the custom tool, used to identify it in tool calls."""

    description: str | None = None
    """Optional description of the custom tool, used to provide more context."""

    format: CustomToolChatCompletionsCustomFormat | None = None
    """The input format for the custom tool. Default is unconstrained text."""


class CustomToolChatCompletionsCustomParam(TypedDict, total=False):
    """Request form of :class:`CustomToolChatCompletionsCustom`: a dict a type checker can check."""

    name: Required[str]
    """The name of the custom tool, used to identify it in tool calls."""

    description: str
    """Optional description of the custom tool, used to provide more context."""

    format: CustomToolChatCompletionsCustomFormatParam
    """The input format for the custom tool. Default is unconstrained text."""
