"""ResponseReasoningSummaryPartAddedEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .response_reasoning_summary_part_added_event_part import (
    ResponseReasoningSummaryPartAddedEventPart,
)

__all__ = ["ResponseReasoningSummaryPartAddedEvent"]


class ResponseReasoningSummaryPartAddedEvent(OagenModel):
    """Emitted when a new reasoning summary part is added."""

    type: Literal["response.reasoning_summary_part.added"]
    """The type of the event. Always `response.reasoning_summary_part.added`."""

    item_id: str
    """The ID of the item this summary part is associated with."""

    output_index: int
    """The index of the output item this summary part is associated with."""

    summary_index: int
    """The index of the summary part within the reasoning summary."""

    sequence_number: int
    """The sequence number of this event."""

    part: ResponseReasoningSummaryPartAddedEventPart
    """The summary part that was added."""
