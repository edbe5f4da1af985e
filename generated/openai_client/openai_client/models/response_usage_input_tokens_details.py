"""ResponseUsageInputTokensDetails."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ResponseUsageInputTokensDetails"]


class ResponseUsageInputTokensDetails(OagenModel):
    """A detailed breakdown of the input tokens."""

    cached_tokens: int
    """The number of tokens that were retrieved from the cache.
    [More on prompt caching](/docs/guides/prompt-caching)."""
