"""WebSearchTool."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .web_search_approximate_location import (
    WebSearchApproximateLocation,
    WebSearchApproximateLocationParam,
)
from .web_search_tool_filters_variant1 import (
    WebSearchToolFiltersVariant1,
    WebSearchToolFiltersVariant1Param,
)

__all__ = ["WebSearchTool", "WebSearchToolParam"]


class WebSearchTool(OagenModel):
    """Search the Internet for sources related to the prompt. Learn more about the
    [web search tool](/docs/guides/tools-web-search)."""

    type: Literal["web_search", "web_search_2025_08_26"] | str
    """The type of the web search tool. One of `web_search` or `web_search_2025_08_26`.

    Server default: ``"web_search"``."""

    filters: WebSearchToolFiltersVariant1 | None = None

    user_location: WebSearchApproximateLocation | None = None

    search_context_size: Literal["low", "medium", "high"] | str | None = None
    """High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`. `medium` is the default.

    Server default: ``"medium"``."""


class WebSearchToolParam(TypedDict, total=False):
    """Request form of :class:`WebSearchTool`: a dict a type checker can check."""

    type: Required[Literal["web_search", "web_search_2025_08_26"]]
    """The type of the web search tool. One of `web_search` or `web_search_2025_08_26`."""

    filters: WebSearchToolFiltersVariant1Param | WebSearchToolFiltersVariant1 | None

    user_location: WebSearchApproximateLocationParam

    search_context_size: Literal["low", "medium", "high"]
    """High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`. `medium` is the default."""
