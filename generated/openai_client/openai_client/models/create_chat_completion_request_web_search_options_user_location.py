"""CreateChatCompletionRequestWebSearchOptionsUserLocation."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .web_search_location import WebSearchLocation, WebSearchLocationParam

__all__ = [
    "CreateChatCompletionRequestWebSearchOptionsUserLocation",
    "CreateChatCompletionRequestWebSearchOptionsUserLocationParam",
]


class CreateChatCompletionRequestWebSearchOptionsUserLocation(OagenModel):
    """Approximate location parameters for the search."""

    type: Literal["approximate"]
    """The type of location approximation. Always `approximate`."""

    approximate: WebSearchLocation


class CreateChatCompletionRequestWebSearchOptionsUserLocationParam(TypedDict, total=False):
    """Request form of :class:`CreateChatCompletionRequestWebSearchOptionsUserLocation`: a dict a type checker can check."""

    type: Required[Literal["approximate"]]
    """The type of location approximation. Always `approximate`."""

    approximate: Required[WebSearchLocationParam | WebSearchLocation]
