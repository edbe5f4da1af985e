"""AuditLogRateLimitDeleted."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogRateLimitDeleted"]


class AuditLogRateLimitDeleted(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The rate limit ID"""
