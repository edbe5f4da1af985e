"""OrganizationCertificateDeactivationResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .organization_certificate import OrganizationCertificate

__all__ = ["OrganizationCertificateDeactivationResponse"]


class OrganizationCertificateDeactivationResponse(OagenModel):
    """OrganizationCertificateDeactivationResponse"""

    object: Literal["organization.certificate.deactivation"]
    """The organization certificate deactivation result type."""

    data: list[OrganizationCertificate]
