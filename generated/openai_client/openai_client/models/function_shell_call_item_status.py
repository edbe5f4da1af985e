"""FunctionShellCallItemStatus."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["FunctionShellCallItemStatus"]

FunctionShellCallItemStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"]
"""Status values reported for shell tool calls."""
