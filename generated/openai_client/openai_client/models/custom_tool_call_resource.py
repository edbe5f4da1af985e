"""CustomToolCallResource."""

from __future__ import annotations

from .custom_tool_call import CustomToolCall
from .function_call_status import FunctionCallStatus

__all__ = ["CustomToolCallResource"]


class CustomToolCallResource(CustomToolCall):
    """ResponseCustomToolCallItem"""

    id: str
    """The unique ID of the custom tool call item."""

    status: FunctionCallStatus | str
    """The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API."""

    created_by: str | None = None
    """The identifier of the actor that created the item."""
