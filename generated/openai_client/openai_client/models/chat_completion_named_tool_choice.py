"""ChatCompletionNamedToolChoice."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .chat_completion_named_tool_choice_function import ChatCompletionNamedToolChoiceFunction

__all__ = ["ChatCompletionNamedToolChoice"]


class ChatCompletionNamedToolChoice(OagenModel):
    """Specifies a tool the model should use. Use to force the model to call a specific function."""

    type: Literal["function"]
    """For function calling, the type is always `function`."""

    function: ChatCompletionNamedToolChoiceFunction
