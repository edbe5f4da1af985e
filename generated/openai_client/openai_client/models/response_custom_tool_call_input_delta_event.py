"""ResponseCustomToolCallInputDeltaEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseCustomToolCallInputDeltaEvent"]


class ResponseCustomToolCallInputDeltaEvent(OagenModel):
    """Event representing a delta (partial update) to the input of a custom tool call."""

    type: Literal["response.custom_tool_call_input.delta"]
    """The event type identifier."""

    sequence_number: int
    """The sequence number of this event."""

    output_index: int
    """The index of the output this delta applies to."""

    item_id: str
    """Unique identifier for the API item associated with this event."""

    delta: str
    """The incremental input data (delta) for the custom tool call."""
