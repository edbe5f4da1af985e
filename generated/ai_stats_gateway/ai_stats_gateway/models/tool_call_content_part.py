"""ToolCallContentPart."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .tool_call_content_part_function import (
    ToolCallContentPartFunction,
    ToolCallContentPartFunctionParam,
)

__all__ = ["ToolCallContentPart", "ToolCallContentPartParam"]


class ToolCallContentPart(OagenModel):
    """ToolCallContentPart"""

    type: Literal["tool_call"]

    id: str

    function: ToolCallContentPartFunction


class ToolCallContentPartParam(TypedDict, total=False):
    """Request form of :class:`ToolCallContentPart`: a dict a type checker can check."""

    type: Required[Literal["tool_call"]]

    id: Required[str]

    function: Required[ToolCallContentPartFunctionParam | ToolCallContentPartFunction]
