"""ToolCallContentPartFunction."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["ToolCallContentPartFunction", "ToolCallContentPartFunctionParam"]


class ToolCallContentPartFunction(OagenModel):
    """ToolCallContentPartFunction"""

    name: str | None = None

    arguments: str | None = None


class ToolCallContentPartFunctionParam(TypedDict, total=False):
    """Request form of :class:`ToolCallContentPartFunction`: a dict a type checker can check."""

    name: str

    arguments: str
