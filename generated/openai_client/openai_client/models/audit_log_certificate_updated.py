"""AuditLogCertificateUpdated."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogCertificateUpdated"]


class AuditLogCertificateUpdated(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The certificate ID."""

    name: str | None = None
    """The name of the certificate."""
