"""OrganizationCertificateActivationResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .organization_certificate import OrganizationCertificate

__all__ = ["OrganizationCertificateActivationResponse"]


class OrganizationCertificateActivationResponse(OagenModel):
    """OrganizationCertificateActivationResponse"""

    object: Literal["organization.certificate.activation"]
    """The organization certificate activation result type."""

    data: list[OrganizationCertificate]
