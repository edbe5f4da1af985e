"""ActiveStatus."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ActiveStatus"]


class ActiveStatus(OagenModel):
    """Indicates that a thread is active."""

    type: Literal["active"]
    """Status discriminator that is always `active`.

    Server default: ``"active"``."""
