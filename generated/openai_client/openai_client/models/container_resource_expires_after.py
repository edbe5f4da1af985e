"""ContainerResourceExpiresAfter."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ContainerResourceExpiresAfter"]


class ContainerResourceExpiresAfter(OagenModel):
    """The container will expire after this time period.
    The anchor is the reference point for the expiration.
    The minutes is the number of minutes after the anchor before the container expires."""

    anchor: Literal["last_active_at"] | None = None
    """The reference point for the expiration."""

    minutes: int | None = None
    """The number of minutes after the anchor before the container expires."""
