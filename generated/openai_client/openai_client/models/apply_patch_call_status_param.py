"""ApplyPatchCallStatusParam."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ApplyPatchCallStatusParam"]

ApplyPatchCallStatusParam: TypeAlias = Literal["in_progress", "completed"]
"""Status values reported for apply_patch tool calls."""
