"""ApproximateLocation."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ApproximateLocation"]


class ApproximateLocation(OagenModel):
    """ApproximateLocation"""

    type: Literal["approximate"]
    """The type of location approximation. Always `approximate`.

    Server default: ``"approximate"``."""

    country: str | None = None

    region: str | None = None

    city: str | None = None

    timezone: str | None = None
