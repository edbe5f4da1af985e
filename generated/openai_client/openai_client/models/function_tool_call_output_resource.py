"""FunctionToolCallOutputResource."""

from __future__ import annotations

from .function_and_custom_tool_call_output import FunctionAndCustomToolCallOutput
from .function_call_output_status_enum import FunctionCallOutputStatusEnum
from .function_tool_call_output import FunctionToolCallOutput

__all__ = ["FunctionToolCallOutputResource"]


class FunctionToolCallOutputResource(FunctionToolCallOutput):
    """FunctionToolCallOutputResource"""

    id: str
    """The unique ID of the function call tool output."""

    status: FunctionCallOutputStatusEnum | str
    """The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API."""

    created_by: str | None = None
    """The identifier of the actor that created the item."""
