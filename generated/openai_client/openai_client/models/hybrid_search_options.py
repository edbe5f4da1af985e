"""HybridSearchOptions."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["HybridSearchOptions", "HybridSearchOptionsParam"]


class HybridSearchOptions(OagenModel):
    """HybridSearchOptions"""

    embedding_weight: float
    """The weight of the embedding in the reciprocal ranking fusion."""

    text_weight: float
    """The weight of the text in the reciprocal ranking fusion."""


class HybridSearchOptionsParam(TypedDict, total=False):
    """Request form of :class:`HybridSearchOptions`: a dict a type checker can check."""

    embedding_weight: Required[float]
    """The weight of the embedding in the reciprocal ranking fusion."""

    text_weight: Required[float]
    """The weight of the text in the reciprocal ranking fusion."""
