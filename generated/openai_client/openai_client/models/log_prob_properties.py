"""LogProbProperties."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["LogProbProperties"]


class LogProbProperties(OagenModel):
    """A log probability object."""

    token: str
    """The token that was used to generate the log probability."""

    logprob: float
    """The log probability of the token."""

    bytes: list[int]
    """The bytes that were used to generate the log probability."""
