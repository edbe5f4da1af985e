"""ModifyCertificateRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ModifyCertificateRequest"]


class ModifyCertificateRequest(OagenModel):
    """ModifyCertificateRequest"""

    name: str | None = None
    """The updated name for the certificate"""
