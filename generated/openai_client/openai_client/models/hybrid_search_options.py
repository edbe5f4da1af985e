"""HybridSearchOptions."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["HybridSearchOptions"]


class HybridSearchOptions(OagenModel):
    """HybridSearchOptions"""

    embedding_weight: float
    """The weight of the embedding in the reciprocal ranking fusion."""

    text_weight: float
    """The weight of the text in the reciprocal ranking fusion."""
