"""VectorStoreSearchRequestRankingOptions."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["VectorStoreSearchRequestRankingOptions", "VectorStoreSearchRequestRankingOptionsParam"]


class VectorStoreSearchRequestRankingOptions(OagenModel):
    """Ranking options for search."""

    ranker: Literal["none", "auto", "default-2024-11-15"] | str | None = None
    """Enable re-ranking; set to `none` to disable, which can help reduce latency.

    Server default: ``"auto"``."""

    score_threshold: float | None = None
    """Server default: ``0``."""


class VectorStoreSearchRequestRankingOptionsParam(TypedDict, total=False):
    """Request form of :class:`VectorStoreSearchRequestRankingOptions`: a dict a type checker can check."""

    ranker: Literal["none", "auto", "default-2024-11-15"]
    """Enable re-ranking; set to `none` to disable, which can help reduce latency."""

    score_threshold: float
