"""VectorStoreSearchRequest."""

from __future__ import annotations

from .._models import OagenModel
from .vector_store_search_request_filters import VectorStoreSearchRequestFilters
from .vector_store_search_request_ranking_options import VectorStoreSearchRequestRankingOptions

__all__ = ["VectorStoreSearchRequest"]


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
