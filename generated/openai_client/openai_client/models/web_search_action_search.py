"""WebSearchActionSearch."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .web_search_action_search_sources_item import (
    WebSearchActionSearchSourcesItem,
    WebSearchActionSearchSourcesItemParam,
)

__all__ = ["WebSearchActionSearch", "WebSearchActionSearchParam"]


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


class WebSearchActionSearchParam(TypedDict, total=False):
    """Request form of :class:`WebSearchActionSearch`: a dict a type checker can check."""

    type: Required[Literal["search"]]
    """The action type."""

    query: Required[str]
    """[DEPRECATED] The search query."""

    queries: Sequence[str]
    """The search queries."""

    sources: Sequence[WebSearchActionSearchSourcesItemParam | WebSearchActionSearchSourcesItem]
    """The sources used in the search."""
