"""ChatSessionStatus."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ChatSessionStatus"]

ChatSessionStatus: TypeAlias = Literal["active", "expired", "cancelled"]
