"""MessageStatus."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["MessageStatus"]

MessageStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"]
