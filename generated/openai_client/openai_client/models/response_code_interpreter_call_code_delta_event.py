"""ResponseCodeInterpreterCallCodeDeltaEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseCodeInterpreterCallCodeDeltaEvent"]


class ResponseCodeInterpreterCallCodeDeltaEvent(OagenModel):
    """Emitted when a partial code snippet is streamed by the code interpreter."""

    type: Literal["response.code_interpreter_call_code.delta"]
    """The type of the event. Always `response.code_interpreter_call_code.delta`."""

    output_index: int
    """The index of the output item in the response for which the code is being streamed."""

    item_id: str
    """The unique identifier of the code interpreter tool call item."""

    delta: str
    """The partial code snippet being streamed by the code interpreter."""

    sequence_number: int
    """The sequence number of this event, used to order streaming events."""
