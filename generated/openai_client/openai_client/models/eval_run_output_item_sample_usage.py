"""EvalRunOutputItemSampleUsage."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["EvalRunOutputItemSampleUsage"]


class EvalRunOutputItemSampleUsage(OagenModel):
    """Token usage details for the sample."""

    total_tokens: int
    """The total number of tokens used."""

    completion_tokens: int
    """The number of completion tokens generated."""

    prompt_tokens: int
    """The number of prompt tokens used."""

    cached_tokens: int
    """The number of tokens retrieved from cache."""
