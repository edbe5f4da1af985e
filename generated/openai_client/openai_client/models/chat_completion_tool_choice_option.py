"""ChatCompletionToolChoiceOption."""

from __future__ import annotations

from typing import Literal, TypeAlias

from .chat_completion_allowed_tools_choice import (
    ChatCompletionAllowedToolsChoice,
    ChatCompletionAllowedToolsChoiceParam,
)
from .chat_completion_named_tool_choice import (
    ChatCompletionNamedToolChoice,
    ChatCompletionNamedToolChoiceParam,
)
from .chat_completion_named_tool_choice_custom import (
    ChatCompletionNamedToolChoiceCustom,
    ChatCompletionNamedToolChoiceCustomParam,
)

__all__ = ["ChatCompletionToolChoiceOption", "ChatCompletionToolChoiceOptionParam"]

ChatCompletionToolChoiceOption: TypeAlias = (
    Literal["none", "auto", "required"]
    | ChatCompletionAllowedToolsChoice
    | ChatCompletionNamedToolChoice
    | ChatCompletionNamedToolChoiceCustom
    | str
)
"""Controls which (if any) tool is called by the model.
`none` means the model will not call any tool and instead generates a message.
`auto` means the model can pick between generating a message or calling one or more tools.
`required` means the model must call one or more tools.
Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.

`none` is the default when no tools are present. `auto` is the default if tools are present."""


ChatCompletionToolChoiceOptionParam: TypeAlias = (
    Literal["none", "auto", "required"]
    | ChatCompletionAllowedToolsChoiceParam
    | ChatCompletionAllowedToolsChoice
    | ChatCompletionNamedToolChoiceParam
    | ChatCompletionNamedToolChoice
    | ChatCompletionNamedToolChoiceCustomParam
    | ChatCompletionNamedToolChoiceCustom
)
"""Request form of :class:`ChatCompletionToolChoiceOption`: a dict a type checker can check."""
