"""ChatCompletionMessageToolCallChunk."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .chat_completion_message_tool_call_chunk_function import (
    ChatCompletionMessageToolCallChunkFunction,
)

__all__ = ["ChatCompletionMessageToolCallChunk"]


class ChatCompletionMessageToolCallChunk(OagenModel):
    """ChatCompletionMessageToolCallChunk"""

    index: int

    id: str | None = None
    """The ID of the tool call."""

    type: Literal["function"] | None = None
    """The type of the tool. Currently, only `function` is supported."""

    function: ChatCompletionMessageToolCallChunkFunction | None = None
