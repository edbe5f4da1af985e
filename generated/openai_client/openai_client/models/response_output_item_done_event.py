"""ResponseOutputItemDoneEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .output_item import OutputItem

__all__ = ["ResponseOutputItemDoneEvent"]


class ResponseOutputItemDoneEvent(OagenModel):
    """Emitted when an output item is marked done."""

    type: Literal["response.output_item.done"]
    """The type of the event. Always `response.output_item.done`."""

    output_index: int
    """The index of the output item that was marked done."""

    sequence_number: int
    """The sequence number of this event."""

    item: OutputItem
    """The output item that was marked done."""
