"""ExpiresAfterParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ExpiresAfterParam"]


class ExpiresAfterParam(OagenModel):
    """Controls when the session expires relative to an anchor timestamp."""

    anchor: Literal["created_at"]
    """Base timestamp used to calculate expiration. Currently fixed to `created_at`.

    Server default: ``"created_at"``."""

    seconds: int
    """Number of seconds after the anchor when the session expires."""
