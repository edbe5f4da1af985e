"""OrganizationProjectCertificateDeactivationResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .organization_project_certificate import OrganizationProjectCertificate

__all__ = ["OrganizationProjectCertificateDeactivationResponse"]


class OrganizationProjectCertificateDeactivationResponse(OagenModel):
    """OrganizationProjectCertificateDeactivationResponse"""

    object: Literal["organization.project.certificate.deactivation"]
    """The project certificate deactivation result type."""

    data: list[OrganizationProjectCertificate]
