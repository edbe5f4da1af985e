"""VideoModel."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["VideoModel"]

VideoModel: TypeAlias = (
    Literal[
        "sora-2", "sora-2-pro", "sora-2-2025-10-06", "sora-2-pro-2025-10-06", "sora-2-2025-12-08"
    ]
    | str
)
