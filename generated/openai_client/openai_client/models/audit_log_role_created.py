"""AuditLogRoleCreated."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogRoleCreated"]


class AuditLogRoleCreated(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The role ID."""

    role_name: str | None = None
    """The name of the role."""

    permissions: list[str] | None = None
    """The permissions granted by the role."""

    resource_type: str | None = None
    """The type of resource the role belongs to."""

    resource_id: str | None = None
    """The resource the role is scoped to."""
