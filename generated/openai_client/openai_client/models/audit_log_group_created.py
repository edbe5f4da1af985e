"""AuditLogGroupCreated."""

from __future__ import annotations

from .._models import OagenModel
from .audit_log_group_created_data import AuditLogGroupCreatedData

__all__ = ["AuditLogGroupCreated"]


class AuditLogGroupCreated(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the group."""

    data: AuditLogGroupCreatedData | None = None
    """Information about the created group."""
