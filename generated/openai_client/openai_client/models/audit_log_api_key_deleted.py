"""AuditLogApiKeyDeleted."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogApiKeyDeleted"]


class AuditLogApiKeyDeleted(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The tracking ID of the API key."""
