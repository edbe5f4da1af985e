"""AuditLogProjectArchived."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogProjectArchived"]


class AuditLogProjectArchived(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The project ID."""
