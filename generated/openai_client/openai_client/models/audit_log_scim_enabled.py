"""AuditLogScimEnabled."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogScimEnabled"]


class AuditLogScimEnabled(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the SCIM was enabled for."""
