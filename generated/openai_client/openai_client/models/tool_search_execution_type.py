"""ToolSearchExecutionType."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ToolSearchExecutionType"]

ToolSearchExecutionType: TypeAlias = Literal["server", "client"]
