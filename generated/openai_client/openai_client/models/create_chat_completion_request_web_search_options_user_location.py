"""CreateChatCompletionRequestWebSearchOptionsUserLocation."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .web_search_location import WebSearchLocation

__all__ = ["CreateChatCompletionRequestWebSearchOptionsUserLocation"]


class CreateChatCompletionRequestWebSearchOptionsUserLocation(OagenModel):
    """Approximate location parameters for the search."""

    type: Literal["approximate"]
    """The type of location approximation. Always `approximate`."""

    approximate: WebSearchLocation
