"""CreateContainerBodyExpiresAfter."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["CreateContainerBodyExpiresAfter"]


class CreateContainerBodyExpiresAfter(OagenModel):
    """Container expiration time in seconds relative to the 'anchor' time."""

    anchor: Literal["last_active_at"]
    """Time anchor for the expiration time. Currently only 'last_active_at' is supported."""

    minutes: int
