"""ChatCompletionAllowedToolsChoice."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .chat_completion_allowed_tools import (
    ChatCompletionAllowedTools,
    ChatCompletionAllowedToolsParam,
)

__all__ = ["ChatCompletionAllowedToolsChoice", "ChatCompletionAllowedToolsChoiceParam"]


class ChatCompletionAllowedToolsChoice(OagenModel):
    """Constrains the tools available to the model to a pre-defined set."""

    type: Literal["allowed_tools"]
    """Allowed tool configuration type. Always `allowed_tools`."""

    allowed_tools: ChatCompletionAllowedTools


class ChatCompletionAllowedToolsChoiceParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionAllowedToolsChoice`: a dict a type checker can check."""

    type: Required[Literal["allowed_tools"]]
    """Allowed tool configuration type. Always `allowed_tools`."""

    allowed_tools: Required[ChatCompletionAllowedToolsParam | ChatCompletionAllowedTools]
