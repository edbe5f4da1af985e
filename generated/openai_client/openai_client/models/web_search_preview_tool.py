"""WebSearchPreviewTool."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .approximate_location import ApproximateLocation, ApproximateLocationParam
from .search_content_type import SearchContentType
from .search_context_size import SearchContextSize

__all__ = ["WebSearchPreviewTool", "WebSearchPreviewToolParam"]


class WebSearchPreviewTool(OagenModel):
    """This tool searches the web for relevant results to use in a response. Learn more about the [web search tool](https://platform.openai.com/docs/guides/tools-web-search)."""

    type: Literal["web_search_preview", "web_search_preview_2025_03_11"] | str
    """The type of the web search tool. One of `web_search_preview` or `web_search_preview_2025_03_11`.

    Server default: ``"web_search_preview"``."""

    user_location: ApproximateLocation | None = None

    search_context_size: SearchContextSize | str | None = None
    """High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`. `medium` is the default."""

    search_content_types: list[SearchContentType | str] | None = None


class WebSearchPreviewToolParam(TypedDict, total=False):
    """Request form of :class:`WebSearchPreviewTool`: a dict a type checker can check."""

    type: Required[Literal["web_search_preview", "web_search_preview_2025_03_11"]]
    """The type of the web search tool. One of `web_search_preview` or `web_search_preview_2025_03_11`."""

    user_location: ApproximateLocationParam | ApproximateLocation | None

    search_context_size: SearchContextSize
    """High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`. `medium` is the default."""

    search_content_types: Sequence[SearchContentType]
