"""ListCertificatesResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .organization_certificate import OrganizationCertificate

__all__ = ["ListCertificatesResponse"]


class ListCertificatesResponse(OagenModel):
    """ListCertificatesResponse"""

    data: list[OrganizationCertificate]

    first_id: str | None

    last_id: str | None

    has_more: bool

    object: Literal["list"]
