"""AuditLogCertificateDeleted."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogCertificateDeleted"]


class AuditLogCertificateDeleted(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The certificate ID."""

    name: str | None = None
    """The name of the certificate."""

    certificate: str | None = None
    """The certificate content in PEM format."""
