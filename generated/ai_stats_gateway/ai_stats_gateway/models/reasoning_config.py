"""ReasoningConfig."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ReasoningConfig"]


class ReasoningConfig(OagenModel):
    """ReasoningConfig"""

    effort: Literal["none", "minimal", "low", "medium", "high", "xhigh"] | str | None = None
    """Server default: ``"medium"``."""

    summary: Literal["auto", "concise", "detailed"] | str | None = None
    """Server default: ``"auto"``."""
