"""ResponseUsageOutputTokensDetails."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ResponseUsageOutputTokensDetails"]


class ResponseUsageOutputTokensDetails(OagenModel):
    """A detailed breakdown of the output tokens."""

    reasoning_tokens: int
    """The number of reasoning tokens."""
