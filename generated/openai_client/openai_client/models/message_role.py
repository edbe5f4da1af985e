"""MessageRole."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["MessageRole"]

MessageRole: TypeAlias = Literal[
    "unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"
]
