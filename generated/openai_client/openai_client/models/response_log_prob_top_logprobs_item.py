"""ResponseLogProbTopLogprobsItem."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ResponseLogProbTopLogprobsItem"]


class ResponseLogProbTopLogprobsItem(OagenModel):
    """ResponseLogProbTopLogprobsItem"""

    token: str | None = None
    """A possible text token."""

    logprob: float | None = None
    """The log probability of this token."""
