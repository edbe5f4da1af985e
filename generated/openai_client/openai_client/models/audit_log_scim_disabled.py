"""AuditLogScimDisabled."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogScimDisabled"]


class AuditLogScimDisabled(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the SCIM was disabled for."""
