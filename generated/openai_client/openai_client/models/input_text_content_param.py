"""InputTextContentParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["InputTextContentParam"]


class InputTextContentParam(OagenModel):
    """A text input to the model."""

    type: Literal["input_text"]
    """The type of the input item. Always `input_text`.

    Server default: ``"input_text"``."""

    text: str
    """The text input to the model."""
