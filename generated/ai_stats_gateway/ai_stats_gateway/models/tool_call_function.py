"""ToolCallFunction."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["ToolCallFunction", "ToolCallFunctionParam"]


class ToolCallFunction(OagenModel):
    """ToolCallFunction"""

    name: str | None = None

    arguments: str | None = None

    description: str | None = None

    parameters: dict[str, Any] | None = None


class ToolCallFunctionParam(TypedDict, total=False):
    """Request form of :class:`ToolCallFunction`: a dict a type checker can check."""

    name: str

    arguments: str

    description: str

    parameters: Mapping[str, Any]
