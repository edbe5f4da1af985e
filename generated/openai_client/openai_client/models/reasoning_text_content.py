"""ReasoningTextContent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ReasoningTextContent"]


class ReasoningTextContent(OagenModel):
    """Reasoning text from the model."""

    type: Literal["reasoning_text"]
    """The type of the reasoning text. Always `reasoning_text`.

    Server default: ``"reasoning_text"``."""

    text: str
    """The reasoning text from the model."""
