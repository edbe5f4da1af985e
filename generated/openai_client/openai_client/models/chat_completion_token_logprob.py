"""ChatCompletionTokenLogprob."""

from __future__ import annotations

from .._models import OagenModel
from .chat_completion_token_logprob_top_logprobs_item import (
    ChatCompletionTokenLogprobTopLogprobsItem,
)

__all__ = ["ChatCompletionTokenLogprob"]


class ChatCompletionTokenLogprob(OagenModel):
    """ChatCompletionTokenLogprob"""

    token: str
    """The token."""

    logprob: float
    """The log probability of this token, if it is within the top 20 most likely tokens. Otherwise, the value `-9999.0` is used to signify that the token is very unlikely."""

    bytes: list[int] | None

    top_logprobs: list[ChatCompletionTokenLogprobTopLogprobsItem]
    """List of the most likely tokens and their log probability, at this token position. The number of entries may be fewer than the requested `top_logprobs`."""
