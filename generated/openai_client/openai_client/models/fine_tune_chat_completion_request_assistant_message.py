"""FineTuneChatCompletionRequestAssistantMessage."""

from __future__ import annotations

from typing import Literal

from .chat_completion_request_assistant_message import ChatCompletionRequestAssistantMessage

__all__ = ["FineTuneChatCompletionRequestAssistantMessage"]


class FineTuneChatCompletionRequestAssistantMessage(ChatCompletionRequestAssistantMessage):
    """FineTuneChatCompletionRequestAssistantMessage"""

    weight: Literal[0, 1] | int | None = None
    """Controls whether the assistant message is trained against (0 or 1)"""
