"""FunctionCallOutputStatusEnum."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["FunctionCallOutputStatusEnum"]

FunctionCallOutputStatusEnum: TypeAlias = Literal["in_progress", "completed", "incomplete"]
