"""AuditLogInviteAccepted."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogInviteAccepted"]


class AuditLogInviteAccepted(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the invite."""
