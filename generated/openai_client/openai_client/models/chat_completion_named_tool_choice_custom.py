"""ChatCompletionNamedToolChoiceCustom."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .chat_completion_named_tool_choice_custom_custom import (
    ChatCompletionNamedToolChoiceCustomCustom,
    ChatCompletionNamedToolChoiceCustomCustomParam,
)

__all__ = ["ChatCompletionNamedToolChoiceCustom", "ChatCompletionNamedToolChoiceCustomParam"]


class ChatCompletionNamedToolChoiceCustom(OagenModel):
    """Specifies a tool the model should use. Use to force the model to call a specific custom tool."""

    type: Literal["custom"]
    """For custom tool calling, the type is always `custom`."""

    custom: ChatCompletionNamedToolChoiceCustomCustom


class ChatCompletionNamedToolChoiceCustomParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionNamedToolChoiceCustom`: a dict a type checker can check."""

    type: Required[Literal["custom"]]
    """For custom tool calling, the type is always `custom`."""

    custom: Required[
        ChatCompletionNamedToolChoiceCustomCustomParam | ChatCompletionNamedToolChoiceCustomCustom
    ]
