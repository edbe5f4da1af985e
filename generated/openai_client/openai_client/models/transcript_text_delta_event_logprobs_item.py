"""TranscriptTextDeltaEventLogprobsItem."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["TranscriptTextDeltaEventLogprobsItem"]


class TranscriptTextDeltaEventLogprobsItem(OagenModel):
    """TranscriptTextDeltaEventLogprobsItem"""

    token: str | None = None
    """The token that was used to generate the log probability."""

    logprob: float | None = None
    """The log probability of the token."""

    bytes: list[int] | None = None
    """The bytes that were used to generate the log probability."""
