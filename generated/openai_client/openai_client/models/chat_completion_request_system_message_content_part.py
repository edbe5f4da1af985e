"""ChatCompletionRequestSystemMessageContentPart."""

from __future__ import annotations

from typing import TypeAlias

from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
    ChatCompletionRequestMessageContentPartTextParam,
)

__all__ = [
    "ChatCompletionRequestSystemMessageContentPart",
    "ChatCompletionRequestSystemMessageContentPartParam",
]

ChatCompletionRequestSystemMessageContentPart: TypeAlias = (
    ChatCompletionRequestMessageContentPartText
)


ChatCompletionRequestSystemMessageContentPartParam: TypeAlias = (
    ChatCompletionRequestMessageContentPartTextParam | ChatCompletionRequestMessageContentPartText
)
"""Request form of :class:`ChatCompletionRequestSystemMessageContentPart`: a dict a type checker can check."""
