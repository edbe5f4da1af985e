"""ClosedStatus."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ClosedStatus"]


class ClosedStatus(OagenModel):
    """Indicates that a thread has been closed."""

    type: Literal["closed"]
    """Status discriminator that is always `closed`.

    Server default: ``"closed"``."""

    reason: str | None
