"""TaskType."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["TaskType"]

TaskType: TypeAlias = Literal["custom", "thought"]
