"""AuditLogServiceAccountCreated."""

from __future__ import annotations

from .._models import OagenModel
from .audit_log_service_account_created_data import AuditLogServiceAccountCreatedData

__all__ = ["AuditLogServiceAccountCreated"]


class AuditLogServiceAccountCreated(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The service account ID."""

    data: AuditLogServiceAccountCreatedData | None = None
    """The payload used to create the service account."""
