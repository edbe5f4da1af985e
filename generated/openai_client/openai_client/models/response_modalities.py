"""ResponseModalities."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ResponseModalities"]

ResponseModalities: TypeAlias = list[Literal["text", "audio"] | str] | None
