"""VectorStoreSearchRequest."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .vector_store_search_request_filters import (
    VectorStoreSearchRequestFilters,
    VectorStoreSearchRequestFiltersParam,
)
from .vector_store_search_request_ranking_options import (
    VectorStoreSearchRequestRankingOptions,
    VectorStoreSearchRequestRankingOptionsParam,
)

__all__ = ["VectorStoreSearchRequest", "VectorStoreSearchRequestParam"]


class VectorStoreSearchRequest(OagenModel):
    """VectorStoreSearchRequest"""

    query: list[str] | str
    """A query string for a search"""

    rewrite_query: bool | None = None
    """Whether to rewrite the natural language query for vector search.

    Server default: ``False``."""

    max_num_results: int | None = None
    """The maximum number of results to return. This number should be between 1 and 50 inclusive.

    Server default: ``10``."""

    filters: VectorStoreSearchRequestFilters | None = None
    """A filter to apply based on file attributes."""

    ranking_options: VectorStoreSearchRequestRankingOptions | None = None
    """Ranking options for search."""


class VectorStoreSearchRequestParam(TypedDict, total=False):
    """Request form of :class:`VectorStoreSearchRequest`: a dict a type checker can check."""

    query: Required[str | Sequence[str]]
    """A query string for a search"""

    rewrite_query: bool
    """Whether to rewrite the natural language query for vector search."""

    max_num_results: int
    """The maximum number of results to return. This number should be between 1 and 50 inclusive."""

    filters: VectorStoreSearchRequestFiltersParam
    """A filter to apply based on file attributes."""

    ranking_options: (
        VectorStoreSearchRequestRankingOptionsParam | VectorStoreSearchRequestRankingOptions
    )
    """Ranking options for search."""
