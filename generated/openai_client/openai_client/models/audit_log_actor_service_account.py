"""AuditLogActorServiceAccount."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogActorServiceAccount"]


class AuditLogActorServiceAccount(OagenModel):
    """The service account that performed the audit logged action."""

    id: str | None = None
    """The service account id."""
