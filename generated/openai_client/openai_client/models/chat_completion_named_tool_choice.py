"""ChatCompletionNamedToolChoice."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .chat_completion_named_tool_choice_function import (
    ChatCompletionNamedToolChoiceFunction,
    ChatCompletionNamedToolChoiceFunctionParam,
)

__all__ = ["ChatCompletionNamedToolChoice", "ChatCompletionNamedToolChoiceParam"]


class ChatCompletionNamedToolChoice(OagenModel):
    """Specifies a tool the model should use. Use to force the model to call a specific function."""

    type: Literal["function"]
    """For function calling, the type is always `function`."""

    function: ChatCompletionNamedToolChoiceFunction


class ChatCompletionNamedToolChoiceParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionNamedToolChoice`: a dict a type checker can check."""

    type: Required[Literal["function"]]
    """For function calling, the type is always `function`."""

    function: Required[
        ChatCompletionNamedToolChoiceFunctionParam | ChatCompletionNamedToolChoiceFunction
    ]
