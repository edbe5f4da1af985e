"""ImageGenActionEnum."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ImageGenActionEnum"]

ImageGenActionEnum: TypeAlias = Literal["generate", "edit", "auto"]
