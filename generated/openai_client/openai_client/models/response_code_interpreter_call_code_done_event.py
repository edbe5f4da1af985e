"""ResponseCodeInterpreterCallCodeDoneEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseCodeInterpreterCallCodeDoneEvent"]


class ResponseCodeInterpreterCallCodeDoneEvent(OagenModel):
    """Emitted when the code snippet is finalized by the code interpreter."""

    type: Literal["response.code_interpreter_call_code.done"]
    """The type of the event. Always `response.code_interpreter_call_code.done`."""

    output_index: int
    """The index of the output item in the response for which the code is finalized."""

    item_id: str
    """The unique identifier of the code interpreter tool call item."""

    code: str
    """The final code snippet output by the code interpreter."""

    sequence_number: int
    """The sequence number of this event, used to order streaming events."""
