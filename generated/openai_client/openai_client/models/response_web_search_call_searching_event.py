"""ResponseWebSearchCallSearchingEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseWebSearchCallSearchingEvent"]


class ResponseWebSearchCallSearchingEvent(OagenModel):
    """Emitted when a web search call is executing."""

    type: Literal["response.web_search_call.searching"]
    """The type of the event. Always `response.web_search_call.searching`."""

    output_index: int
    """The index of the output item that the web search call is associated with."""

    item_id: str
    """Unique ID for the output item associated with the web search call."""

    sequence_number: int
    """The sequence number of the web search call being processed."""
