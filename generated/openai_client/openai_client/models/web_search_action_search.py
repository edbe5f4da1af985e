"""WebSearchActionSearch."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .web_search_action_search_sources_item import WebSearchActionSearchSourcesItem

__all__ = ["WebSearchActionSearch"]


class WebSearchActionSearch(OagenModel):
    """Action type "search" - Performs a web search query."""

    type: Literal["search"]
    """The action type."""

    query: str
    """[DEPRECATED] The search query."""

    queries: list[str] | None = None
    """The search queries."""

    sources: list[WebSearchActionSearchSourcesItem] | None = None
    """The sources used in the search."""
