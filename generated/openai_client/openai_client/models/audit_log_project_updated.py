"""AuditLogProjectUpdated."""

from __future__ import annotations

from .._models import OagenModel
from .audit_log_project_updated_changes_requested import AuditLogProjectUpdatedChangesRequested

__all__ = ["AuditLogProjectUpdated"]


class AuditLogProjectUpdated(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The project ID."""

    changes_requested: AuditLogProjectUpdatedChangesRequested | None = None
    """The payload used to update the project."""
