"""AuditLogCertificatesDeactivated."""

from __future__ import annotations

from .._models import OagenModel
from .audit_log_certificates_deactivated_certificates_item import (
    AuditLogCertificatesDeactivatedCertificatesItem,
)

__all__ = ["AuditLogCertificatesDeactivated"]


class AuditLogCertificatesDeactivated(OagenModel):
    """The details for events with this `type`."""

    certificates: list[AuditLogCertificatesDeactivatedCertificatesItem] | None = None
