"""ChatCompletionAllowedToolsChoice."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .chat_completion_allowed_tools import ChatCompletionAllowedTools

__all__ = ["ChatCompletionAllowedToolsChoice"]


class ChatCompletionAllowedToolsChoice(OagenModel):
    """Constrains the tools available to the model to a pre-defined set."""

    type: Literal["allowed_tools"]
    """Allowed tool configuration type. Always `allowed_tools`."""

    allowed_tools: ChatCompletionAllowedTools
