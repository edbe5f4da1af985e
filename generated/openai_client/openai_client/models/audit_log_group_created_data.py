"""AuditLogGroupCreatedData."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogGroupCreatedData"]


class AuditLogGroupCreatedData(OagenModel):
    """Information about the created group."""

    group_name: str | None = None
    """The group name."""
