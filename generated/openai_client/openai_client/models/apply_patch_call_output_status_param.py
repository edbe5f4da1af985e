"""ApplyPatchCallOutputStatusParam."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ApplyPatchCallOutputStatusParam"]

ApplyPatchCallOutputStatusParam: TypeAlias = Literal["completed", "failed"]
"""Outcome values reported for apply_patch tool call outputs."""
