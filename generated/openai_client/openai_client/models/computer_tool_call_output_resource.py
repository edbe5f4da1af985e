"""ComputerToolCallOutputResource."""

from __future__ import annotations

from .computer_call_output_status import ComputerCallOutputStatus
from .computer_call_safety_check_param import ComputerCallSafetyCheckParam
from .computer_screenshot_image import ComputerScreenshotImage
from .computer_tool_call_output import ComputerToolCallOutput

__all__ = ["ComputerToolCallOutputResource"]


class ComputerToolCallOutputResource(ComputerToolCallOutput):
    """ComputerToolCallOutputResource"""

    id: str
    """The unique ID of the computer call tool output."""

    status: ComputerCallOutputStatus | str
    """The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API."""

    created_by: str | None = None
    """The identifier of the actor that created the item."""
