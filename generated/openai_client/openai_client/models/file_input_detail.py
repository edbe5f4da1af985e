"""FileInputDetail."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["FileInputDetail"]

FileInputDetail: TypeAlias = Literal["low", "high"]
