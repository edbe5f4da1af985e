"""TopLogProb."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["TopLogProb", "TopLogProbParam"]


class TopLogProb(OagenModel):
    """The top log probability of a token."""

    token: str

    logprob: float

    bytes: list[int]


class TopLogProbParam(TypedDict, total=False):
    """Request form of :class:`TopLogProb`: a dict a type checker can check."""

    token: Required[str]

    logprob: Required[float]

    bytes: Required[Sequence[int]]
