"""GetAnalyticsResponse."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["GetAnalyticsResponse"]


class GetAnalyticsResponse(OagenModel):
    """GetAnalyticsResponse"""

    ok: bool | None = None

    status: str | None = None

    message: str | None = None
