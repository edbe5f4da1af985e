"""VectorStoreSearchRequestRankingOptions."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["VectorStoreSearchRequestRankingOptions"]


class VectorStoreSearchRequestRankingOptions(OagenModel):
    """Ranking options for search."""

    ranker: Literal["none", "auto", "default-2024-11-15"] | str | None = None
    """Enable re-ranking; set to `none` to disable, which can help reduce latency.

    Server default: ``"auto"``."""

    score_threshold: float | None = None
    """Server default: ``0``."""
