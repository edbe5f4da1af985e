"""FunctionToolCallResource."""

from __future__ import annotations

from .function_call_status import FunctionCallStatus
from .function_tool_call import FunctionToolCall

__all__ = ["FunctionToolCallResource"]


class FunctionToolCallResource(FunctionToolCall):
    """FunctionToolCallResource"""

    id: str
    """The unique ID of the function tool call."""

    status: FunctionCallStatus | str
    """The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API."""

    created_by: str | None = None
    """The identifier of the actor that created the item."""
