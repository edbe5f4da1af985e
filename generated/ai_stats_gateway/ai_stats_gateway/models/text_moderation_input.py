"""TextModerationInput."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["TextModerationInput", "TextModerationInputParam"]


class TextModerationInput(OagenModel):
    """TextModerationInput"""

    type: Literal["text"]

    text: str


class TextModerationInputParam(TypedDict, total=False):
    """Request form of :class:`TextModerationInput`: a dict a type checker can check."""

    type: Required[Literal["text"]]

    text: Required[str]
