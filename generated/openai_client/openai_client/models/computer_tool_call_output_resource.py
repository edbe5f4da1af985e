"""ComputerToolCallOutputResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .computer_call_output_status import ComputerCallOutputStatus
from .computer_call_safety_check_param import ComputerCallSafetyCheckParam
from .computer_screenshot_image import ComputerScreenshotImage

__all__ = ["ComputerToolCallOutputResource"]


class ComputerToolCallOutputResource(OagenModel):
    """ComputerToolCallOutputResource"""

    type: Literal["computer_call_output"]
    """The type of the computer tool call output. Always `computer_call_output`.

    Server default: ``"computer_call_output"``."""

    id: str
    """The unique ID of the computer call tool output."""

    call_id: str
    """The ID of the computer tool call that produced the output."""

    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | None = None
    """The safety checks reported by the API that have been acknowledged by the
    developer."""

    output: ComputerScreenshotImage

    status: ComputerCallOutputStatus | str
    """The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API."""

    created_by: str | None = None
    """The identifier of the actor that created the item."""
