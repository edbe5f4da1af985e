"""SearchContextSize."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["SearchContextSize"]

SearchContextSize: TypeAlias = Literal["low", "medium", "high"]
