"""WebSearchPreviewTool."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .approximate_location import ApproximateLocation
from .search_content_type import SearchContentType
from .search_context_size import SearchContextSize

__all__ = ["WebSearchPreviewTool"]


class WebSearchPreviewTool(OagenModel):
    """This tool searches the web for relevant results to use in a response. Learn more about the [web search tool](https://platform.openai.com/docs/guides/tools-web-search)."""

    type: Literal["web_search_preview", "web_search_preview_2025_03_11"] | str
    """The type of the web search tool. One of `web_search_preview` or `web_search_preview_2025_03_11`.

    Server default: ``"web_search_preview"``."""

    user_location: ApproximateLocation | None = None

    search_context_size: SearchContextSize | str | None = None
    """High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`. `medium` is the default."""

    search_content_types: list[SearchContentType | str] | None = None
