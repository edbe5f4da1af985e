"""AuditLogRateLimitUpdated."""

from __future__ import annotations

from .._models import OagenModel
from .audit_log_rate_limit_updated_changes_requested import AuditLogRateLimitUpdatedChangesRequested

__all__ = ["AuditLogRateLimitUpdated"]


class AuditLogRateLimitUpdated(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The rate limit ID"""

    changes_requested: AuditLogRateLimitUpdatedChangesRequested | None = None
    """The payload used to update the rate limits."""
