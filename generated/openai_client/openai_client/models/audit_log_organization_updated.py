"""AuditLogOrganizationUpdated."""

from __future__ import annotations

from .._models import OagenModel
from .audit_log_organization_updated_changes_requested import (
    AuditLogOrganizationUpdatedChangesRequested,
)

__all__ = ["AuditLogOrganizationUpdated"]


class AuditLogOrganizationUpdated(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The organization ID."""

    changes_requested: AuditLogOrganizationUpdatedChangesRequested | None = None
    """The payload used to update the organization settings."""
