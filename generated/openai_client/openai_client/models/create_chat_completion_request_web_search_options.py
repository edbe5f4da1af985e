"""CreateChatCompletionRequestWebSearchOptions."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .create_chat_completion_request_web_search_options_user_location import (
    CreateChatCompletionRequestWebSearchOptionsUserLocation,
    CreateChatCompletionRequestWebSearchOptionsUserLocationParam,
)
from .web_search_context_size import WebSearchContextSize

__all__ = [
    "CreateChatCompletionRequestWebSearchOptions",
    "CreateChatCompletionRequestWebSearchOptionsParam",
]


class CreateChatCompletionRequestWebSearchOptions(OagenModel):
    """This tool searches the web for relevant results to use in a response.
    Learn more about the [web search tool](/docs/guides/tools-web-search?api-mode=chat)."""

    user_location: CreateChatCompletionRequestWebSearchOptionsUserLocation | None = None
    """Approximate location parameters for the search."""

    search_context_size: WebSearchContextSize | str | None = None


class CreateChatCompletionRequestWebSearchOptionsParam(TypedDict, total=False):
    """Request form of :class:`CreateChatCompletionRequestWebSearchOptions`: a dict a type checker can check."""

    user_location: (
        CreateChatCompletionRequestWebSearchOptionsUserLocationParam
        | CreateChatCompletionRequestWebSearchOptionsUserLocation
        | None
    )
    """Approximate location parameters for the search."""

    search_context_size: WebSearchContextSize
