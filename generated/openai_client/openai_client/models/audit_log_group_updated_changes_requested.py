"""AuditLogGroupUpdatedChangesRequested."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogGroupUpdatedChangesRequested"]


class AuditLogGroupUpdatedChangesRequested(OagenModel):
    """The payload used to update the group."""

    group_name: str | None = None
    """The updated group name."""
