"""EvalRunPerModelUsageItem."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["EvalRunPerModelUsageItem"]


class EvalRunPerModelUsageItem(OagenModel):
    """EvalRunPerModelUsageItem"""

    model_name: str
    """The name of the model."""

    invocation_count: int
    """The number of invocations."""

    prompt_tokens: int
    """The number of prompt tokens used."""

    completion_tokens: int
    """The number of completion tokens generated."""

    total_tokens: int
    """The total number of tokens used."""

    cached_tokens: int
    """The number of tokens retrieved from cache."""
