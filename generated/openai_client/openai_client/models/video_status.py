"""VideoStatus."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["VideoStatus"]

VideoStatus: TypeAlias = Literal["queued", "in_progress", "completed", "failed"]
