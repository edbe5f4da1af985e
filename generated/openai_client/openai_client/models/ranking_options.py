"""RankingOptions."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .hybrid_search_options import HybridSearchOptions, HybridSearchOptionsParam
from .ranker_version_type import RankerVersionType

__all__ = ["RankingOptions", "RankingOptionsParam"]


class RankingOptions(OagenModel):
    """RankingOptions"""

    ranker: RankerVersionType | str | None = None
    """The ranker to use for the file search."""

    score_threshold: float | None = None
    """The score threshold for the file search, a number between 0 and 1. Numbers closer to 1 will attempt to return only the most relevant results, but may return fewer results."""

    hybrid_search: HybridSearchOptions | None = None
    """Weights that control how reciprocal rank fusion balances semantic embedding matches versus sparse keyword matches when hybrid search is enabled."""


class RankingOptionsParam(TypedDict, total=False):
    """Request form of :class:`RankingOptions`: a dict a type checker can check."""

    ranker: RankerVersionType
    """The ranker to use for the file search."""

    score_threshold: float
    """The score threshold for the file search, a number between 0 and 1. Numbers closer to 1 will attempt to return only the most relevant results, but may return fewer results."""

    hybrid_search: HybridSearchOptionsParam | HybridSearchOptions
    """Weights that control how reciprocal rank fusion balances semantic embedding matches versus sparse keyword matches when hybrid search is enabled."""
