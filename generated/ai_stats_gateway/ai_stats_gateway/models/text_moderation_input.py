"""TextModerationInput."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["TextModerationInput"]


class TextModerationInput(OagenModel):
    """TextModerationInput"""

    type: Literal["text"]

    text: str
