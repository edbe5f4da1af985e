"""ModifyCertificateRequest."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["ModifyCertificateRequest", "ModifyCertificateRequestParam"]


class ModifyCertificateRequest(OagenModel):
    """ModifyCertificateRequest"""

    name: str | None = None
    """The updated name for the certificate"""


class ModifyCertificateRequestParam(TypedDict, total=False):
    """Request form of :class:`ModifyCertificateRequest`: a dict a type checker can check."""

    name: str
    """The updated name for the certificate"""
