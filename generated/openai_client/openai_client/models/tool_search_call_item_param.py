"""ToolSearchCallItemParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .empty_model_param import EmptyModelParam
from .function_call_item_status import FunctionCallItemStatus
from .tool_search_execution_type import ToolSearchExecutionType

__all__ = ["ToolSearchCallItemParam", "ToolSearchCallItemParamParam"]


class ToolSearchCallItemParam(OagenModel):
    """ToolSearchCallItemParam"""

    id: str | None = None

    call_id: str | None = None

    type: Literal["tool_search_call"]
    """The item type. Always `tool_search_call`.

    Server default: ``"tool_search_call"``."""

    execution: ToolSearchExecutionType | str | None = None
    """Whether tool search was executed by the server or by the client."""

    arguments: EmptyModelParam
    """The arguments supplied to the tool search call."""

    status: FunctionCallItemStatus | str | None = None


class ToolSearchCallItemParamParam(TypedDict, total=False):
    """Request form of :class:`ToolSearchCallItemParam`: a dict a type checker can check."""

    id: str | None

    call_id: str | None

    type: Required[Literal["tool_search_call"]]
    """The item type. Always `tool_search_call`."""

    execution: ToolSearchExecutionType
    """Whether tool search was executed by the server or by the client."""

    arguments: Required[EmptyModelParam]
    """The arguments supplied to the tool search call."""

    status: FunctionCallItemStatus | None
