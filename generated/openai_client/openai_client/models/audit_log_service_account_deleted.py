"""AuditLogServiceAccountDeleted."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogServiceAccountDeleted"]


class AuditLogServiceAccountDeleted(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The service account ID."""
