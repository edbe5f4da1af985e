"""GetAnalyticsRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["GetAnalyticsRequest"]


class GetAnalyticsRequest(OagenModel):
    """GetAnalyticsRequest"""

    access_token: str | None = None
