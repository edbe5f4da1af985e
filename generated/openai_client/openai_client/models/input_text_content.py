"""InputTextContent."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["InputTextContent", "InputTextContentParam2"]


class InputTextContent(OagenModel):
    """A text input to the model."""

    type: Literal["input_text"]
    """The type of the input item. Always `input_text`.

    Server default: ``"input_text"``."""

    text: str
    """The text input to the model."""


class InputTextContentParam2(TypedDict, total=False):
    """Request form of :class:`InputTextContent`: a dict a type checker can check."""

    type: Required[Literal["input_text"]]
    """The type of the input item. Always `input_text`."""

    text: Required[str]
    """The text input to the model."""
