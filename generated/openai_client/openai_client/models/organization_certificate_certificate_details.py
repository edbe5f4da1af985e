"""OrganizationCertificateCertificateDetails."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["OrganizationCertificateCertificateDetails"]


class OrganizationCertificateCertificateDetails(OagenModel):
    """OrganizationCertificateCertificateDetails"""

    valid_at: int | None = None
    """The Unix timestamp (in seconds) of when the certificate becomes valid."""

    expires_at: int | None = None
    """The Unix timestamp (in seconds) of when the certificate expires."""
