"""CreateChatCompletionStreamResponseChoicesItemLogprobs."""

from __future__ import annotations

from .._models import OagenModel
from .chat_completion_token_logprob import ChatCompletionTokenLogprob

__all__ = ["CreateChatCompletionStreamResponseChoicesItemLogprobs"]


class CreateChatCompletionStreamResponseChoicesItemLogprobs(OagenModel):
    """Log probability information for the choice."""

    content: list[ChatCompletionTokenLogprob] | None
    """A list of message content tokens with log probability information."""

    refusal: list[ChatCompletionTokenLogprob] | None
    """A list of message refusal tokens with log probability information."""
