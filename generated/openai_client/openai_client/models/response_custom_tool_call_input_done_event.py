"""ResponseCustomToolCallInputDoneEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseCustomToolCallInputDoneEvent"]


class ResponseCustomToolCallInputDoneEvent(OagenModel):
    """Event indicating that input for a custom tool call is complete."""

    type: Literal["response.custom_tool_call_input.done"]
    """The event type identifier."""

    sequence_number: int
    """The sequence number of this event."""

    output_index: int
    """The index of the output this event applies to."""

    item_id: str
    """Unique identifier for the API item associated with this event."""

    input: str
    """The complete input data for the custom tool call."""
