"""WebSearchToolCall."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .web_search_tool_call_action import WebSearchToolCallAction, WebSearchToolCallActionParam

__all__ = ["WebSearchToolCall", "WebSearchToolCallParam"]


class WebSearchToolCall(OagenModel):
    """The results of a web search tool call. See the
    [web search guide](/docs/guides/tools-web-search) for more information."""

    id: str
    """The unique ID of the web search tool call."""

    type: Literal["web_search_call"]
    """The type of the web search tool call. Always `web_search_call`."""

    status: Literal["in_progress", "searching", "completed", "failed"] | str
    """The status of the web search tool call."""

    action: WebSearchToolCallAction
    """An object describing the specific action taken in this web search call.
    Includes details on how the model used the web (search, open_page, find_in_page)."""


class WebSearchToolCallParam(TypedDict, total=False):
    """Request form of :class:`WebSearchToolCall`: a dict a type checker can check."""

    id: Required[str]
    """The unique ID of the web search tool call."""

    type: Required[Literal["web_search_call"]]
    """The type of the web search tool call. Always `web_search_call`."""

    status: Required[Literal["in_progress", "searching", "completed", "failed"]]
    """The status of the web search tool call."""

    action: Required[WebSearchToolCallActionParam]
    """An object describing the specific action taken in this web search call.
    Includes details on how the model used the web (search, open_page, find_in_page)."""
