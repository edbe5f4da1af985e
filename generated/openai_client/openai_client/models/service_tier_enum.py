"""ServiceTierEnum."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ServiceTierEnum"]

ServiceTierEnum: TypeAlias = Literal["auto", "default", "flex", "priority"]
