"""AuditLogProjectCreated."""

from __future__ import annotations

from .._models import OagenModel
from .audit_log_project_created_data import AuditLogProjectCreatedData

__all__ = ["AuditLogProjectCreated"]


class AuditLogProjectCreated(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The project ID."""

    data: AuditLogProjectCreatedData | None = None
    """The payload used to create the project."""
