"""ResponseFileSearchCallSearchingEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseFileSearchCallSearchingEvent"]


class ResponseFileSearchCallSearchingEvent(OagenModel):
    """Emitted when a file search is currently searching."""

    type: Literal["response.file_search_call.searching"]
    """The type of the event. Always `response.file_search_call.searching`."""

    output_index: int
    """The index of the output item that the file search call is searching."""

    item_id: str
    """The ID of the output item that the file search call is initiated."""

    sequence_number: int
    """The sequence number of this event."""
