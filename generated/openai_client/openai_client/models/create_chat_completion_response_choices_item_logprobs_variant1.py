"""CreateChatCompletionResponseChoicesItemLogprobsVariant1."""

from __future__ import annotations

from .._models import OagenModel
from .chat_completion_token_logprob import ChatCompletionTokenLogprob

__all__ = ["CreateChatCompletionResponseChoicesItemLogprobsVariant1"]


class CreateChatCompletionResponseChoicesItemLogprobsVariant1(OagenModel):
    """Log probability information for the choice."""

    content: list[ChatCompletionTokenLogprob] | None

    refusal: list[ChatCompletionTokenLogprob] | None
