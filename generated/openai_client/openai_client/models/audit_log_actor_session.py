"""AuditLogActorSession."""

from __future__ import annotations

from .._models import OagenModel
from .audit_log_actor_user import AuditLogActorUser

__all__ = ["AuditLogActorSession"]


class AuditLogActorSession(OagenModel):
    """The session in which the audit logged action was performed."""

    user: AuditLogActorUser | None = None

    ip_address: str | None = None
    """The IP address from which the action was performed."""
