"""CreateModerationRequestInputArrayItemText."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["CreateModerationRequestInputArrayItemText"]


class CreateModerationRequestInputArrayItemText(OagenModel):
    """An object describing text to classify."""

    type: Literal["text"]
    """Always `text`."""

    text: str
    """A string of text to classify."""
