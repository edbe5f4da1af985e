"""LockedStatus."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["LockedStatus"]


class LockedStatus(OagenModel):
    """Indicates that a thread is locked and cannot accept new input."""

    type: Literal["locked"]
    """Status discriminator that is always `locked`.

    Server default: ``"locked"``."""

    reason: str | None
