"""AuditLogProjectDeleted."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogProjectDeleted"]


class AuditLogProjectDeleted(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The project ID."""
