"""UploadCertificateRequest."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["UploadCertificateRequest", "UploadCertificateRequestParam"]


class UploadCertificateRequest(OagenModel):
    """UploadCertificateRequest"""

    name: str | None = None
    """An optional name for the certificate"""

    certificate: str
    """The certificate content in PEM format"""


class UploadCertificateRequestParam(TypedDict, total=False):
    """Request form of :class:`UploadCertificateRequest`: a dict a type checker can check."""

    name: str
    """An optional name for the certificate"""

    certificate: Required[str]
    """The certificate content in PEM format"""
