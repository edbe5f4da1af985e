"""MessagePhase2."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["MessagePhase2"]

MessagePhase2: TypeAlias = Literal["commentary", "final_answer"]
