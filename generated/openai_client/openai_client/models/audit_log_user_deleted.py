"""AuditLogUserDeleted."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogUserDeleted"]


class AuditLogUserDeleted(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The user ID."""
