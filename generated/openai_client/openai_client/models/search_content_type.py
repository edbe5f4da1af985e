"""SearchContentType."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["SearchContentType"]

SearchContentType: TypeAlias = Literal["text", "image"]
