"""DetailEnum."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["DetailEnum"]

DetailEnum: TypeAlias = Literal["low", "high", "auto", "original"]
