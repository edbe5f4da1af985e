"""AuditLogLoginFailed."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogLoginFailed"]


class AuditLogLoginFailed(OagenModel):
    """The details for events with this `type`."""

    error_code: str | None = None
    """The error code of the failure."""

    error_message: str | None = None
    """The error message of the failure."""
