"""MCPToolCallStatus."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["MCPToolCallStatus"]

MCPToolCallStatus: TypeAlias = Literal[
    "in_progress", "completed", "incomplete", "calling", "failed"
]
