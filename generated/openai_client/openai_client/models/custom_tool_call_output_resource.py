"""CustomToolCallOutputResource."""

from __future__ import annotations

from .custom_tool_call_output import CustomToolCallOutput
from .function_and_custom_tool_call_output import FunctionAndCustomToolCallOutput
from .function_call_output_status_enum import FunctionCallOutputStatusEnum

__all__ = ["CustomToolCallOutputResource"]


class CustomToolCallOutputResource(CustomToolCallOutput):
    """ResponseCustomToolCallOutputItem"""

    id: str
    """The unique ID of the custom tool call output item."""

    status: FunctionCallOutputStatusEnum | str
    """The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API."""

    created_by: str | None = None
    """The identifier of the actor that created the item."""
