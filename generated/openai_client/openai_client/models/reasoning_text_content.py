"""ReasoningTextContent."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ReasoningTextContent", "ReasoningTextContentParam"]


class ReasoningTextContent(OagenModel):
    """Reasoning text from the model."""

    type: Literal["reasoning_text"]
    """The type of the reasoning text. Always `reasoning_text`.

    Server default: ``"reasoning_text"``."""

    text: str
    """The reasoning text from the model."""


class ReasoningTextContentParam(TypedDict, total=False):
    """Request form of :class:`ReasoningTextContent`: a dict a type checker can check."""

    type: Required[Literal["reasoning_text"]]
    """The type of the reasoning text. Always `reasoning_text`."""

    text: Required[str]
    """The reasoning text from the model."""
