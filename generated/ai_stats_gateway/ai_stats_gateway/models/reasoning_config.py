"""ReasoningConfig."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["ReasoningConfig", "ReasoningConfigParam"]


class ReasoningConfig(OagenModel):
    """ReasoningConfig"""

    effort: Literal["none", "minimal", "low", "medium", "high", "xhigh"] | str | None = None
    """Server default: ``"medium"``."""

    summary: Literal["auto", "concise", "detailed"] | str | None = None
    """Server default: ``"auto"``."""


class ReasoningConfigParam(TypedDict, total=False):
    """Request form of :class:`ReasoningConfig`: a dict a type checker can check."""

    effort: Literal["none", "minimal", "low", "medium", "high", "xhigh"]

    summary: Literal["auto", "concise", "detailed"]
