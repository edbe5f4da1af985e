"""VideoContentVariant."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["VideoContentVariant"]

VideoContentVariant: TypeAlias = Literal["video", "thumbnail", "spritesheet"]
