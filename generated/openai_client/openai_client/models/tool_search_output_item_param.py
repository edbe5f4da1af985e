"""ToolSearchOutputItemParam."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .function_call_item_status import FunctionCallItemStatus
from .tool import Tool, ToolParam
from .tool_search_execution_type import ToolSearchExecutionType

__all__ = ["ToolSearchOutputItemParam", "ToolSearchOutputItemParamParam"]


class ToolSearchOutputItemParam(OagenModel):
    """ToolSearchOutputItemParam"""

    id: str | None = None

    call_id: str | None = None

    type: Literal["tool_search_output"]
    """The item type. Always `tool_search_output`.

    Server default: ``"tool_search_output"``."""

    execution: ToolSearchExecutionType | str | None = None
    """Whether tool search was executed by the server or by the client."""

    tools: list[Tool]
    """The loaded tool definitions returned by the tool search output."""

    status: FunctionCallItemStatus | str | None = None


class ToolSearchOutputItemParamParam(TypedDict, total=False):
    """Request form of :class:`ToolSearchOutputItemParam`: a dict a type checker can check."""

    id: str | None

    call_id: str | None

    type: Required[Literal["tool_search_output"]]
    """The item type. Always `tool_search_output`."""

    execution: ToolSearchExecutionType
    """Whether tool search was executed by the server or by the client."""

    tools: Required[Sequence[ToolParam]]
    """The loaded tool definitions returned by the tool search output."""

    status: FunctionCallItemStatus | None
