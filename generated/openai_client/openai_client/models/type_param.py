"""TypeParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["TypeParam"]


class TypeParam(OagenModel):
    """An action to type in text."""

    type: Literal["type"]
    """Specifies the event type. For a type action, this property is always set to `type`.

    Server default: ``"type"``."""

    text: str
    """The text to type."""
