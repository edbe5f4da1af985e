"""AuditLogUserUpdatedChangesRequested."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogUserUpdatedChangesRequested"]


class AuditLogUserUpdatedChangesRequested(OagenModel):
    """The payload used to update the user."""

    role: str | None = None
    """The role of the user. Is either `owner` or `member`."""
