"""CostsResultAmount."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["CostsResultAmount"]


class CostsResultAmount(OagenModel):
    """The monetary value in its associated currency."""

    value: float | None = None
    """The numeric value of the cost."""

    currency: str | None = None
    """Lowercase ISO-4217 currency e.g. "usd\" """
