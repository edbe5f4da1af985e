"""Verbosity."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["Verbosity"]

Verbosity: TypeAlias = Literal["low", "medium", "high"] | str | None
