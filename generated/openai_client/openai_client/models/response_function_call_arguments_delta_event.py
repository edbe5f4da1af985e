"""ResponseFunctionCallArgumentsDeltaEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseFunctionCallArgumentsDeltaEvent"]


class ResponseFunctionCallArgumentsDeltaEvent(OagenModel):
    """Emitted when there is a partial function-call arguments delta."""

    type: Literal["response.function_call_arguments.delta"]
    """The type of the event. Always `response.function_call_arguments.delta`."""

    item_id: str
    """The ID of the output item that the function-call arguments delta is added to."""

    output_index: int
    """The index of the output item that the function-call arguments delta is added to."""

    sequence_number: int
    """The sequence number of this event."""

    delta: str
    """The function-call arguments delta that is added."""
