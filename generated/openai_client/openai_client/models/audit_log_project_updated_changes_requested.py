"""AuditLogProjectUpdatedChangesRequested."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogProjectUpdatedChangesRequested"]


class AuditLogProjectUpdatedChangesRequested(OagenModel):
    """The payload used to update the project."""

    title: str | None = None
    """The title of the project as seen on the dashboard."""
