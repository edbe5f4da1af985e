"""ResponseLogProb."""

from __future__ import annotations

from .._models import OagenModel
from .response_log_prob_top_logprobs_item import ResponseLogProbTopLogprobsItem

__all__ = ["ResponseLogProb"]


class ResponseLogProb(OagenModel):
    """A logprob is the logarithmic probability that the model assigns to producing
    a particular token at a given position in the sequence. Less-negative (higher)
    logprob values indicate greater model confidence in that token choice."""

    token: str
    """A possible text token."""

    logprob: float
    """The log probability of this token."""

    top_logprobs: list[ResponseLogProbTopLogprobsItem] | None = None
    """The log probabilities of up to 20 of the most likely tokens."""
