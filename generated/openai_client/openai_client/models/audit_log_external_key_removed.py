"""AuditLogExternalKeyRemoved."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogExternalKeyRemoved"]


class AuditLogExternalKeyRemoved(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the external key configuration."""
