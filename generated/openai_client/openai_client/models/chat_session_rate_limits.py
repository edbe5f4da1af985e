"""ChatSessionRateLimits."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ChatSessionRateLimits"]


class ChatSessionRateLimits(OagenModel):
    """Active per-minute request limit for the session."""

    max_requests_per_1_minute: int
    """Maximum allowed requests per one-minute window."""
