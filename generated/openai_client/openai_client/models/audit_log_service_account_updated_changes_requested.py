"""AuditLogServiceAccountUpdatedChangesRequested."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogServiceAccountUpdatedChangesRequested"]


class AuditLogServiceAccountUpdatedChangesRequested(OagenModel):
    """The payload used to updated the service account."""

    role: str | None = None
    """The role of the service account. Is either `owner` or `member`."""
