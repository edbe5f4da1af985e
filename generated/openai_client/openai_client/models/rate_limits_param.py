"""RateLimitsParam."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RateLimitsParam"]


class RateLimitsParam(OagenModel):
    """Controls request rate limits for the session."""

    max_requests_per_1_minute: int | None = None
    """Maximum number of requests allowed per minute for the session. Defaults to 10."""
