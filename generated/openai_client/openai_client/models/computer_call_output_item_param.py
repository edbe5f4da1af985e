"""ComputerCallOutputItemParam."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .computer_call_safety_check_param import (
    ComputerCallSafetyCheckParam,
    ComputerCallSafetyCheckParamParam,
)
from .computer_screenshot_image import ComputerScreenshotImage, ComputerScreenshotImageParam
from .function_call_item_status import FunctionCallItemStatus

__all__ = ["ComputerCallOutputItemParam", "ComputerCallOutputItemParamParam"]


class ComputerCallOutputItemParam(OagenModel):
    """The output of a computer tool call."""

    id: str | None = None

    call_id: str
    """The ID of the computer tool call that produced the output."""

    type: Literal["computer_call_output"]
    """The type of the computer tool call output. Always `computer_call_output`.

    Server default: ``"computer_call_output"``."""

    output: ComputerScreenshotImage

    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | None = None

    status: FunctionCallItemStatus | str | None = None


class ComputerCallOutputItemParamParam(TypedDict, total=False):
    """Request form of :class:`ComputerCallOutputItemParam`: a dict a type checker can check."""

    id: str | None

    call_id: Required[str]
    """The ID of the computer tool call that produced the output."""

    type: Required[Literal["computer_call_output"]]
    """The type of the computer tool call output. Always `computer_call_output`."""

    output: Required[ComputerScreenshotImageParam | ComputerScreenshotImage]

    acknowledged_safety_checks: (
        Sequence[ComputerCallSafetyCheckParamParam | ComputerCallSafetyCheckParam] | None
    )

    status: FunctionCallItemStatus | None
