"""VoiceIdsShared."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["VoiceIdsShared"]

VoiceIdsShared: TypeAlias = (
    Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"]
    | str
)
