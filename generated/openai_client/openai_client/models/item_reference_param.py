"""ItemReferenceParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ItemReferenceParam"]


class ItemReferenceParam(OagenModel):
    """An internal identifier for an item to reference."""

    type: Literal["item_reference"] | None = None

    id: str
    """The ID of the item to reference."""
