"""CreateChatCompletionResponseChoicesItem."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .chat_completion_response_message import ChatCompletionResponseMessage
from .create_chat_completion_response_choices_item_logprobs_variant1 import (
    CreateChatCompletionResponseChoicesItemLogprobsVariant1,
)

__all__ = ["CreateChatCompletionResponseChoicesItem"]


class CreateChatCompletionResponseChoicesItem(OagenModel):
    """CreateChatCompletionResponseChoicesItem"""

    finish_reason: Literal["stop", "length", "tool_calls", "content_filter", "function_call"] | str
    """The reason the model stopped generating tokens. This will be `stop` if the model hit a natural stop point or a provided stop sequence,
    `length` if the maximum number of tokens specified in the request was reached,
    `content_filter` if content was omitted due to a flag from our content filters,
    `tool_calls` if the model called a tool, or `function_call` (deprecated) if the model called a function.
    """

    index: int
    """The index of the choice in the list of choices."""

    message: ChatCompletionResponseMessage

    logprobs: CreateChatCompletionResponseChoicesItemLogprobsVariant1 | None
