"""ChatCompletionNamedToolChoiceCustom."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .chat_completion_named_tool_choice_custom_custom import (
    ChatCompletionNamedToolChoiceCustomCustom,
)

__all__ = ["ChatCompletionNamedToolChoiceCustom"]


class ChatCompletionNamedToolChoiceCustom(OagenModel):
    """Specifies a tool the model should use. Use to force the model to call a specific custom tool."""

    type: Literal["custom"]
    """For custom tool calling, the type is always `custom`."""

    custom: ChatCompletionNamedToolChoiceCustomCustom
