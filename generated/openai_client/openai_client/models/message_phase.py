"""MessagePhase."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["MessagePhase"]

MessagePhase: TypeAlias = Literal["commentary", "final_answer"]
"""Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`).
For models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend
phase on all assistant messages — dropping it can degrade performance. Not used for user messages.
"""
