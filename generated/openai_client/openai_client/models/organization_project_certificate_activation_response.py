"""OrganizationProjectCertificateActivationResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .organization_project_certificate import OrganizationProjectCertificate

__all__ = ["OrganizationProjectCertificateActivationResponse"]


class OrganizationProjectCertificateActivationResponse(OagenModel):
    """OrganizationProjectCertificateActivationResponse"""

    object: Literal["organization.project.certificate.activation"]
    """The project certificate activation result type."""

    data: list[OrganizationProjectCertificate]
