"""ApplyPatchCallOutputStatus."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ApplyPatchCallOutputStatus"]

ApplyPatchCallOutputStatus: TypeAlias = Literal["completed", "failed"]
