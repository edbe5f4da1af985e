"""ChatCompletionRequestToolMessageContentPart."""

from __future__ import annotations

from typing import TypeAlias

from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
    ChatCompletionRequestMessageContentPartTextParam,
)

__all__ = [
    "ChatCompletionRequestToolMessageContentPart",
    "ChatCompletionRequestToolMessageContentPartParam",
]

ChatCompletionRequestToolMessageContentPart: TypeAlias = ChatCompletionRequestMessageContentPartText


ChatCompletionRequestToolMessageContentPartParam: TypeAlias = (
    ChatCompletionRequestMessageContentPartTextParam | ChatCompletionRequestMessageContentPartText
)
"""Request form of :class:`ChatCompletionRequestToolMessageContentPart`: a dict a type checker can check."""
