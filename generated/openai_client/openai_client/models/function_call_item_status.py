"""FunctionCallItemStatus."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["FunctionCallItemStatus"]

FunctionCallItemStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"]
