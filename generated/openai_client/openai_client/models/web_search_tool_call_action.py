"""WebSearchToolCallAction."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .web_search_action_find import WebSearchActionFind, WebSearchActionFindParam
from .web_search_action_open_page import WebSearchActionOpenPage, WebSearchActionOpenPageParam
from .web_search_action_search import WebSearchActionSearch, WebSearchActionSearchParam

__all__ = ["WebSearchToolCallAction", "WebSearchToolCallActionParam"]

WebSearchToolCallAction: TypeAlias = Annotated[
    Union[
        Annotated[WebSearchActionSearch, Tag("WebSearchActionSearch")],
        Annotated[WebSearchActionOpenPage, Tag("WebSearchActionOpenPage")],
        Annotated[WebSearchActionFind, Tag("WebSearchActionFind")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "search": "WebSearchActionSearch",
            "open_page": "WebSearchActionOpenPage",
            "find_in_page": "WebSearchActionFind",
        },
    ),
]
"""An object describing the specific action taken in this web search call.
Includes details on how the model used the web (search, open_page, find_in_page)."""


WebSearchToolCallActionParam: TypeAlias = (
    WebSearchActionSearchParam
    | WebSearchActionSearch
    | WebSearchActionOpenPageParam
    | WebSearchActionOpenPage
    | WebSearchActionFindParam
    | WebSearchActionFind
)
"""Request form of :class:`WebSearchToolCallAction`: a dict a type checker can check."""
