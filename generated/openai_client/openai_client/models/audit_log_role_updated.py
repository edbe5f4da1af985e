"""AuditLogRoleUpdated."""

from __future__ import annotations

from .._models import OagenModel
from .audit_log_role_updated_changes_requested import AuditLogRoleUpdatedChangesRequested

__all__ = ["AuditLogRoleUpdated"]


class AuditLogRoleUpdated(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The role ID."""

    changes_requested: AuditLogRoleUpdatedChangesRequested | None = None
    """The payload used to update the role."""
