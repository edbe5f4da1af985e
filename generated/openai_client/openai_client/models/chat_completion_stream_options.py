"""ChatCompletionStreamOptions."""

from __future__ import annotations

from typing import TypeAlias

from .chat_completion_stream_options_variant1 import (
    ChatCompletionStreamOptionsVariant1,
    ChatCompletionStreamOptionsVariant1Param,
)

__all__ = ["ChatCompletionStreamOptions", "ChatCompletionStreamOptionsParam"]

ChatCompletionStreamOptions: TypeAlias = ChatCompletionStreamOptionsVariant1 | None


ChatCompletionStreamOptionsParam: TypeAlias = (
    ChatCompletionStreamOptionsVariant1Param | ChatCompletionStreamOptionsVariant1 | None
)
"""Request form of :class:`ChatCompletionStreamOptions`: a dict a type checker can check."""
