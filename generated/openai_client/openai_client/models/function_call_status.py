"""FunctionCallStatus."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["FunctionCallStatus"]

FunctionCallStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"]
