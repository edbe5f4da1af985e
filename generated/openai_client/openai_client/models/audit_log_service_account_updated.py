"""AuditLogServiceAccountUpdated."""

from __future__ import annotations

from .._models import OagenModel
from .audit_log_service_account_updated_changes_requested import (
    AuditLogServiceAccountUpdatedChangesRequested,
)

__all__ = ["AuditLogServiceAccountUpdated"]


class AuditLogServiceAccountUpdated(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The service account ID."""

    changes_requested: AuditLogServiceAccountUpdatedChangesRequested | None = None
    """The payload used to updated the service account."""
