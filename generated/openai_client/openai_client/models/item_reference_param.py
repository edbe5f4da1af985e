"""ItemReferenceParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ItemReferenceParam", "ItemReferenceParamParam"]


class ItemReferenceParam(OagenModel):
    """An internal identifier for an item to reference."""

    type: Literal["item_reference"] | None = None

    id: str
    """The ID of the item to reference."""


class ItemReferenceParamParam(TypedDict, total=False):
    """Request form of :class:`ItemReferenceParam`: a dict a type checker can check."""

    type: Literal["item_reference"] | None

    id: Required[str]
    """The ID of the item to reference."""
