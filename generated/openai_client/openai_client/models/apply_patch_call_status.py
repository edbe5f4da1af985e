"""ApplyPatchCallStatus."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ApplyPatchCallStatus"]

ApplyPatchCallStatus: TypeAlias = Literal["in_progress", "completed"]
