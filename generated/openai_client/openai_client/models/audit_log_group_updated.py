"""AuditLogGroupUpdated."""

from __future__ import annotations

from .._models import OagenModel
from .audit_log_group_updated_changes_requested import AuditLogGroupUpdatedChangesRequested

__all__ = ["AuditLogGroupUpdated"]


class AuditLogGroupUpdated(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the group."""

    changes_requested: AuditLogGroupUpdatedChangesRequested | None = None
    """The payload used to update the group."""
