"""ResponseFunctionCallArgumentsDoneEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseFunctionCallArgumentsDoneEvent"]


class ResponseFunctionCallArgumentsDoneEvent(OagenModel):
    """Emitted when function-call arguments are finalized."""

    type: Literal["response.function_call_arguments.done"]

    item_id: str
    """The ID of the item."""

    name: str
    """The name of the function that was called."""

    output_index: int
    """The index of the output item."""

    sequence_number: int
    """The sequence number of this event."""

    arguments: str
    """The function-call arguments."""
