"""AuditLogApiKeyCreated."""

from __future__ import annotations

from .._models import OagenModel
from .audit_log_api_key_created_data import AuditLogApiKeyCreatedData

__all__ = ["AuditLogApiKeyCreated"]


class AuditLogApiKeyCreated(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The tracking ID of the API key."""

    data: AuditLogApiKeyCreatedData | None = None
    """The payload used to create the API key."""
