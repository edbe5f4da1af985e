"""AuditLogProjectCreatedData."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogProjectCreatedData"]


class AuditLogProjectCreatedData(OagenModel):
    """The payload used to create the project."""

    name: str | None = None
    """The project name."""

    title: str | None = None
    """The title of the project as seen on the dashboard."""
