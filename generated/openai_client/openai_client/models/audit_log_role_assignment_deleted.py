"""AuditLogRoleAssignmentDeleted."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogRoleAssignmentDeleted"]


class AuditLogRoleAssignmentDeleted(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The identifier of the role assignment."""

    principal_id: str | None = None
    """The principal (user or group) that had the role removed."""

    principal_type: str | None = None
    """The type of principal (user or group) that had the role removed."""

    resource_id: str | None = None
    """The resource the role assignment was scoped to."""

    resource_type: str | None = None
    """The type of resource the role assignment was scoped to."""
