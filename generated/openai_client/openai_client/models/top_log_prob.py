"""TopLogProb."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["TopLogProb"]


class TopLogProb(OagenModel):
    """The top log probability of a token."""

    token: str

    logprob: float

    bytes: list[int]
