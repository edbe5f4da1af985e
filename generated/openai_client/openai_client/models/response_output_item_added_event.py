"""ResponseOutputItemAddedEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .output_item import OutputItem

__all__ = ["ResponseOutputItemAddedEvent"]


class ResponseOutputItemAddedEvent(OagenModel):
    """Emitted when a new output item is added."""

    type: Literal["response.output_item.added"]
    """The type of the event. Always `response.output_item.added`."""

    output_index: int
    """The index of the output item that was added."""

    sequence_number: int
    """The sequence number of this event."""

    item: OutputItem
    """The output item that was added."""
