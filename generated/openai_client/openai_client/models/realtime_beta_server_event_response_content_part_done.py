"""RealtimeBetaServerEventResponseContentPartDone."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_beta_server_event_response_content_part_done_part import (
    RealtimeBetaServerEventResponseContentPartDonePart,
)

__all__ = ["RealtimeBetaServerEventResponseContentPartDone"]


class RealtimeBetaServerEventResponseContentPartDone(OagenModel):
    """Returned when a content part is done streaming in an assistant message item.
    Also emitted when a Response is interrupted, incomplete, or cancelled."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.content_part.done"]
    """The event type, must be `response.content_part.done`."""

    response_id: str
    """The ID of the response."""

    item_id: str
    """The ID of the item."""

    output_index: int
    """The index of the output item in the response."""

    content_index: int
    """The index of the content part in the item's content array."""

    part: RealtimeBetaServerEventResponseContentPartDonePart
    """The content part that is done."""
