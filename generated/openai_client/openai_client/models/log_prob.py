"""LogProb."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .top_log_prob import TopLogProb, TopLogProbParam

__all__ = ["LogProb", "LogProbParam"]


class LogProb(OagenModel):
    """The log probability of a token."""

    token: str

    logprob: float

    bytes: list[int]

    top_logprobs: list[TopLogProb]


class LogProbParam(TypedDict, total=False):
    """Request form of :class:`LogProb`: a dict a type checker can check."""

    token: Required[str]

    logprob: Required[float]

    bytes: Required[Sequence[int]]

    top_logprobs: Required[Sequence[TopLogProbParam | TopLogProb]]
