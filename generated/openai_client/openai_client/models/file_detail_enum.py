"""FileDetailEnum."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["FileDetailEnum"]

FileDetailEnum: TypeAlias = Literal["low", "high"]
