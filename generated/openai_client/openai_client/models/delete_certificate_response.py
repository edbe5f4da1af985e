"""DeleteCertificateResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["DeleteCertificateResponse"]


class DeleteCertificateResponse(OagenModel):
    """DeleteCertificateResponse"""

    object: Literal["certificate.deleted"]
    """The object type, must be `certificate.deleted`."""

    id: str
    """The ID of the certificate that was deleted."""
