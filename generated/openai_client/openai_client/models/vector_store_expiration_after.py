"""VectorStoreExpirationAfter."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["VectorStoreExpirationAfter"]


class VectorStoreExpirationAfter(OagenModel):
    """The expiration policy for a vector store."""

    anchor: Literal["last_active_at"]
    """Anchor timestamp after which the expiration policy applies. Supported anchors: `last_active_at`."""

    days: int
    """The number of days after the anchor time that the vector store will expire."""
