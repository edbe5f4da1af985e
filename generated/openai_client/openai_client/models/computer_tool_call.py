"""ComputerToolCall."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .computer_action import ComputerAction, ComputerActionParam
from .computer_action_list import ComputerActionList, ComputerActionListParam
from .computer_call_safety_check_param import (
    ComputerCallSafetyCheckParam,
    ComputerCallSafetyCheckParamParam,
)

__all__ = ["ComputerToolCall", "ComputerToolCallParam"]


class ComputerToolCall(OagenModel):
    """A tool call to a computer use tool. See the
    [computer use guide](/docs/guides/tools-computer-use) for more information."""

    type: Literal["computer_call"]
    """The type of the computer call. Always `computer_call`.

    Server default: ``"computer_call"``."""

    id: str
    """The unique ID of the computer call."""

    call_id: str
    """An identifier used when responding to the tool call with output."""

    action: ComputerAction | None = None

    actions: ComputerActionList | None = None

    pending_safety_checks: list[ComputerCallSafetyCheckParam]
    """The pending safety checks for the computer call."""

    status: Literal["in_progress", "completed", "incomplete"] | str
    """The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API."""


class ComputerToolCallParam(TypedDict, total=False):
    """Request form of :class:`ComputerToolCall`: a dict a type checker can check."""

    type: Required[Literal["computer_call"]]
    """The type of the computer call. Always `computer_call`."""

    id: Required[str]
    """The unique ID of the computer call."""

    call_id: Required[str]
    """An identifier used when responding to the tool call with output."""

    action: ComputerActionParam

    actions: ComputerActionListParam

    pending_safety_checks: Required[
        Sequence[ComputerCallSafetyCheckParamParam | ComputerCallSafetyCheckParam]
    ]
    """The pending safety checks for the computer call."""

    status: Required[Literal["in_progress", "completed", "incomplete"]]
    """The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API."""
