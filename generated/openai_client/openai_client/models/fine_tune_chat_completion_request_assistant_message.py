"""FineTuneChatCompletionRequestAssistantMessage."""

from __future__ import annotations

from typing import Literal

from .chat_completion_message_tool_calls import ChatCompletionMessageToolCalls
from .chat_completion_request_assistant_message import ChatCompletionRequestAssistantMessage
from .chat_completion_request_assistant_message_audio_variant1 import (
    ChatCompletionRequestAssistantMessageAudioVariant1,
)
from .chat_completion_request_assistant_message_content_part import (
    ChatCompletionRequestAssistantMessageContentPart,
)
from .chat_completion_request_assistant_message_function_call_variant1 import (
    ChatCompletionRequestAssistantMessageFunctionCallVariant1,
)

__all__ = ["FineTuneChatCompletionRequestAssistantMessage"]


class FineTuneChatCompletionRequestAssistantMessage(ChatCompletionRequestAssistantMessage):
    """FineTuneChatCompletionRequestAssistantMessage"""

    weight: Literal[0, 1] | int | None = None
    """Controls whether the assistant message is trained against (0 or 1)"""
