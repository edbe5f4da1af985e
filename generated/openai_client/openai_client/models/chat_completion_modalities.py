"""ChatCompletionModalities."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ChatCompletionModalities"]

ChatCompletionModalities: TypeAlias = list[Literal["text", "audio"] | str] | None
