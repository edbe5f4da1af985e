"""ResponseReasoningSummaryPartDoneEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .response_reasoning_summary_part_done_event_part import (
    ResponseReasoningSummaryPartDoneEventPart,
)

__all__ = ["ResponseReasoningSummaryPartDoneEvent"]


class ResponseReasoningSummaryPartDoneEvent(OagenModel):
    """Emitted when a reasoning summary part is completed."""

    type: Literal["response.reasoning_summary_part.done"]
    """The type of the event. Always `response.reasoning_summary_part.done`."""

    item_id: str
    """The ID of the item this summary part is associated with."""

    output_index: int
    """The index of the output item this summary part is associated with."""

    summary_index: int
    """The index of the summary part within the reasoning summary."""

    sequence_number: int
    """The sequence number of this event."""

    part: ResponseReasoningSummaryPartDoneEventPart
    """The completed summary part."""
