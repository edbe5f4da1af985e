"""ResponseRefusalDeltaEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseRefusalDeltaEvent"]


class ResponseRefusalDeltaEvent(OagenModel):
    """Emitted when there is a partial refusal text."""

    type: Literal["response.refusal.delta"]
    """The type of the event. Always `response.refusal.delta`."""

    item_id: str
    """The ID of the output item that the refusal text is added to."""

    output_index: int
    """The index of the output item that the refusal text is added to."""

    content_index: int
    """The index of the content part that the refusal text is added to."""

    delta: str
    """The refusal text that is added."""

    sequence_number: int
    """The sequence number of this event."""
