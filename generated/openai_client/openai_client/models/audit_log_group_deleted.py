"""AuditLogGroupDeleted."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogGroupDeleted"]


class AuditLogGroupDeleted(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the group."""
