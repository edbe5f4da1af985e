"""AuditLogUserUpdated."""

from __future__ import annotations

from .._models import OagenModel
from .audit_log_user_updated_changes_requested import AuditLogUserUpdatedChangesRequested

__all__ = ["AuditLogUserUpdated"]


class AuditLogUserUpdated(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The project ID."""

    changes_requested: AuditLogUserUpdatedChangesRequested | None = None
    """The payload used to update the user."""
