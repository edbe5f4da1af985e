"""RealtimeBetaServerEventResponseContentPartAdded."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_beta_server_event_response_content_part_added_part import (
    RealtimeBetaServerEventResponseContentPartAddedPart,
)

__all__ = ["RealtimeBetaServerEventResponseContentPartAdded"]


class RealtimeBetaServerEventResponseContentPartAdded(OagenModel):
    """Returned when a new content part is added to an assistant message item during
    response generation."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.content_part.added"]
    """The event type, must be `response.content_part.added`."""

    response_id: str
    """The ID of the response."""

    item_id: str
    """The ID of the item to which the content part was added."""

    output_index: int
    """The index of the output item in the response."""

    content_index: int
    """The index of the content part in the item's content array."""

    part: RealtimeBetaServerEventResponseContentPartAddedPart
    """The content part that was added."""
