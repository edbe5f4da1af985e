"""AuditLogProject."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogProject"]


class AuditLogProject(OagenModel):
    """The project that the action was scoped to. Absent for actions not scoped to projects. Note that any admin actions taken via Admin API keys are associated with the default project."""

    id: str | None = None
    """The project ID."""

    name: str | None = None
    """The project title."""
