"""AuditLogApiKeyUpdated."""

from __future__ import annotations

from .._models import OagenModel
from .audit_log_api_key_updated_changes_requested import AuditLogApiKeyUpdatedChangesRequested

__all__ = ["AuditLogApiKeyUpdated"]


class AuditLogApiKeyUpdated(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The tracking ID of the API key."""

    changes_requested: AuditLogApiKeyUpdatedChangesRequested | None = None
    """The payload used to update the API key."""
