"""OrganizationProjectCertificateCertificateDetails."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["OrganizationProjectCertificateCertificateDetails"]


class OrganizationProjectCertificateCertificateDetails(OagenModel):
    """OrganizationProjectCertificateCertificateDetails"""

    valid_at: int | None = None
    """The Unix timestamp (in seconds) of when the certificate becomes valid."""

    expires_at: int | None = None
    """The Unix timestamp (in seconds) of when the certificate expires."""
