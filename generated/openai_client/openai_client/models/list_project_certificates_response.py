"""ListProjectCertificatesResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .organization_project_certificate import OrganizationProjectCertificate

__all__ = ["ListProjectCertificatesResponse"]


class ListProjectCertificatesResponse(OagenModel):
    """ListProjectCertificatesResponse"""

    data: list[OrganizationProjectCertificate]

    first_id: str | None

    last_id: str | None

    has_more: bool

    object: Literal["list"]
