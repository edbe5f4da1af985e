"""EmptyModelParam."""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = ["EmptyModelParam"]

EmptyModelParam: TypeAlias = dict[str, Any]
