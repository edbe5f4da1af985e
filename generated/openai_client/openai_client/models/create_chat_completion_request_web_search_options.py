"""CreateChatCompletionRequestWebSearchOptions."""

from __future__ import annotations

from .._models import OagenModel
from .create_chat_completion_request_web_search_options_user_location import (
    CreateChatCompletionRequestWebSearchOptionsUserLocation,
)
from .web_search_context_size import WebSearchContextSize

__all__ = ["CreateChatCompletionRequestWebSearchOptions"]


class CreateChatCompletionRequestWebSearchOptions(OagenModel):
    """This tool searches the web for relevant results to use in a response.
    Learn more about the [web search tool](/docs/guides/tools-web-search?api-mode=chat)."""

    user_location: CreateChatCompletionRequestWebSearchOptionsUserLocation | None = None
    """Approximate location parameters for the search."""

    search_context_size: WebSearchContextSize | str | None = None
