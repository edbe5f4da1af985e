"""AuditLogCertificatesDeactivatedCertificatesItem."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogCertificatesDeactivatedCertificatesItem"]


class AuditLogCertificatesDeactivatedCertificatesItem(OagenModel):
    """AuditLogCertificatesDeactivatedCertificatesItem"""

    id: str | None = None
    """The certificate ID."""

    name: str | None = None
    """The name of the certificate."""
