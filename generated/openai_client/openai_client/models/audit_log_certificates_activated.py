"""AuditLogCertificatesActivated."""

from __future__ import annotations

from .._models import OagenModel
from .audit_log_certificates_activated_certificates_item import (
    AuditLogCertificatesActivatedCertificatesItem,
)

__all__ = ["AuditLogCertificatesActivated"]


class AuditLogCertificatesActivated(OagenModel):
    """The details for events with this `type`."""

    certificates: list[AuditLogCertificatesActivatedCertificatesItem] | None = None
