"""AuditLogUserAddedData."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogUserAddedData"]


class AuditLogUserAddedData(OagenModel):
    """The payload used to add the user to the project."""

    role: str | None = None
    """The role of the user. Is either `owner` or `member`."""
