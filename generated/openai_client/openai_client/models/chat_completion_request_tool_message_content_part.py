"""ChatCompletionRequestToolMessageContentPart."""

from __future__ import annotations

from typing import TypeAlias

from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
)

__all__ = ["ChatCompletionRequestToolMessageContentPart"]

ChatCompletionRequestToolMessageContentPart: TypeAlias = ChatCompletionRequestMessageContentPartText
