"""LogProb."""

from __future__ import annotations

from .._models import OagenModel
from .top_log_prob import TopLogProb

__all__ = ["LogProb"]


class LogProb(OagenModel):
    """The log probability of a token."""

    token: str

    logprob: float

    bytes: list[int]

    top_logprobs: list[TopLogProb]
