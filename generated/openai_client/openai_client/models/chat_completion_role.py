"""ChatCompletionRole."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ChatCompletionRole"]

ChatCompletionRole: TypeAlias = Literal[
    "developer", "system", "user", "assistant", "tool", "function"
]
"""The role of the author of a message"""
