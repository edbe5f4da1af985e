"""ResponseFileSearchCallInProgressEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseFileSearchCallInProgressEvent"]


class ResponseFileSearchCallInProgressEvent(OagenModel):
    """Emitted when a file search call is initiated."""

    type: Literal["response.file_search_call.in_progress"]
    """The type of the event. Always `response.file_search_call.in_progress`."""

    output_index: int
    """The index of the output item that the file search call is initiated."""

    item_id: str
    """The ID of the output item that the file search call is initiated."""

    sequence_number: int
    """The sequence number of this event."""
