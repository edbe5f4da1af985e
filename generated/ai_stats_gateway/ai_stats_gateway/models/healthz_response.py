"""HealthzResponse."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["HealthzResponse"]


class HealthzResponse(OagenModel):
    """HealthzResponse"""

    status: str | None = None
