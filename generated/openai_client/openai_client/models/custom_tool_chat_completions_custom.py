"""CustomToolChatCompletionsCustom."""

from __future__ import annotations

from .._models import OagenModel
from .custom_tool_chat_completions_custom_format import CustomToolChatCompletionsCustomFormat

__all__ = ["CustomToolChatCompletionsCustom"]


class CustomToolChatCompletionsCustom(OagenModel):
    """Properties of the custom tool."""

    name: str
    """The name of the custom tool, used to identify it in tool calls."""

    description: str | None = None
    """Optional description of the custom tool, used to provide more context."""

    format: CustomToolChatCompletionsCustomFormat | None = None
    """The input format for the custom tool. Default is unconstrained text."""
