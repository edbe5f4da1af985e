"""FunctionShellCallStatus."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["FunctionShellCallStatus"]

FunctionShellCallStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"]
