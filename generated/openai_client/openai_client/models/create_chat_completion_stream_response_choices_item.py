"""CreateChatCompletionStreamResponseChoicesItem."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .chat_completion_stream_response_delta import ChatCompletionStreamResponseDelta
from .create_chat_completion_stream_response_choices_item_logprobs import (
    CreateChatCompletionStreamResponseChoicesItemLogprobs,
)

__all__ = ["CreateChatCompletionStreamResponseChoicesItem"]


class CreateChatCompletionStreamResponseChoicesItem(OagenModel):
    """CreateChatCompletionStreamResponseChoicesItem"""

    delta: ChatCompletionStreamResponseDelta

    logprobs: CreateChatCompletionStreamResponseChoicesItemLogprobs | None = None
    """Log probability information for the choice."""

    finish_reason: (
        Literal["stop", "length", "tool_calls", "content_filter", "function_call"] | str | None
    )
    """The reason the model stopped generating tokens. This will be `stop` if the model hit a natural stop point or a provided stop sequence,
    `length` if the maximum number of tokens specified in the request was reached,
    `content_filter` if content was omitted due to a flag from our content filters,
    `tool_calls` if the model called a tool, or `function_call` (deprecated) if the model called a function.
    """

    index: int
    """The index of the choice in the list of choices."""
