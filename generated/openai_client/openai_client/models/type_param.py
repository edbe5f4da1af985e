"""TypeParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["TypeParam", "TypeParamParam"]


class TypeParam(OagenModel):
    """An action to type in text."""

    type: Literal["type"]
    """Specifies the event type. For a type action, this property is always set to `type`.

    Server default: ``"type"``."""

    text: str
    """The text to type."""


class TypeParamParam(TypedDict, total=False):
    """Request form of :class:`TypeParam`: a dict a type checker can check."""

    type: Required[Literal["type"]]
    """Specifies the event type. For a type action, this property is always set to `type`."""

    text: Required[str]
    """The text to type."""
