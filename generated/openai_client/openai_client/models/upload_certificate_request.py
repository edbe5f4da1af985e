"""UploadCertificateRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["UploadCertificateRequest"]


class UploadCertificateRequest(OagenModel):
    """UploadCertificateRequest"""

    name: str | None = None
    """An optional name for the certificate"""

    certificate: str
    """The certificate content in PEM format"""
