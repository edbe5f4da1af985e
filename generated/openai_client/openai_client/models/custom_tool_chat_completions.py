"""CustomToolChatCompletions."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .custom_tool_chat_completions_custom import CustomToolChatCompletionsCustom

__all__ = ["CustomToolChatCompletions"]


class CustomToolChatCompletions(OagenModel):
    """A custom tool that processes input using a specified format."""

    type: Literal["custom"]
    """The type of the custom tool. Always `custom`."""

    custom: CustomToolChatCompletionsCustom
    """Properties of the custom tool."""
