"""AuditLogServiceAccountCreatedData."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogServiceAccountCreatedData"]


class AuditLogServiceAccountCreatedData(OagenModel):
    """The payload used to create the service account."""

    role: str | None = None
    """The role of the service account. Is either `owner` or `member`."""
