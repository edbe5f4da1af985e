"""AuditLogLogoutFailed."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogLogoutFailed"]


class AuditLogLogoutFailed(OagenModel):
    """The details for events with this `type`."""

    error_code: str | None = None
    """The error code of the failure."""

    error_message: str | None = None
    """The error message of the failure."""
