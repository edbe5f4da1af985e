"""RealtimeServerEventResponseTextDone."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeServerEventResponseTextDone"]


class RealtimeServerEventResponseTextDone(OagenModel):
    """Returned when the text value of an "output_text" content part is done streaming. Also
    emitted when a Response is interrupted, incomplete, or cancelled."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.output_text.done"]
    """The event type, must be `response.output_text.done`."""

    response_id: str
    """The ID of the response."""

    item_id: str
    """The ID of the item."""

    output_index: int
    """The index of the output item in the response."""

    content_index: int
    """The index of the content part in the item's content array."""

    text: str
    """The final text content."""
