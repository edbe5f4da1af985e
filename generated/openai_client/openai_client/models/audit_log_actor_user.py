"""AuditLogActorUser."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogActorUser"]


class AuditLogActorUser(OagenModel):
    """The user who performed the audit logged action."""

    id: str | None = None
    """The user id."""

    email: str | None = None
    """The user email."""
