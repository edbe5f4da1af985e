"""VectorStoreExpirationAfter."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["VectorStoreExpirationAfter", "VectorStoreExpirationAfterParam"]


class VectorStoreExpirationAfter(OagenModel):
    """The expiration policy for a vector store."""

    anchor: Literal["last_active_at"]
    """Anchor timestamp after which the expiration policy applies. Supported anchors: `last_active_at`."""

    days: int
    """The number of days after the anchor time that the vector store will expire."""


class VectorStoreExpirationAfterParam(TypedDict, total=False):
    """Request form of :class:`VectorStoreExpirationAfter`: a dict a type checker can check."""

    anchor: Required[Literal["last_active_at"]]
    """Anchor timestamp after which the expiration policy applies. Supported anchors: `last_active_at`."""

    days: Required[int]
    """The number of days after the anchor time that the vector store will expire."""
