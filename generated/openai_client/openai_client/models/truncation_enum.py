"""TruncationEnum."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["TruncationEnum"]

TruncationEnum: TypeAlias = Literal["auto", "disabled"]
