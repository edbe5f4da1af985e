"""AuditLogRoleDeleted."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogRoleDeleted"]


class AuditLogRoleDeleted(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The role ID."""
