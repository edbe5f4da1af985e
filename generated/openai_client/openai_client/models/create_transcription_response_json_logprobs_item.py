"""CreateTranscriptionResponseJsonLogprobsItem."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["CreateTranscriptionResponseJsonLogprobsItem"]


class CreateTranscriptionResponseJsonLogprobsItem(OagenModel):
    """CreateTranscriptionResponseJsonLogprobsItem"""

    token: str | None = None
    """The token in the transcription."""

    logprob: float | None = None
    """The log probability of the token."""

    bytes: list[float] | None = None
    """The bytes of the token."""
