"""ToolCall."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .tool_call_function import ToolCallFunction, ToolCallFunctionParam

__all__ = ["ToolCall", "ToolCallParam"]


class ToolCall(OagenModel):
    """ToolCall"""

    id: str

    type: Literal["function"]

    function: ToolCallFunction


class ToolCallParam(TypedDict, total=False):
    """Request form of :class:`ToolCall`: a dict a type checker can check."""

    id: Required[str]

    type: Required[Literal["function"]]

    function: Required[ToolCallFunctionParam | ToolCallFunction]
