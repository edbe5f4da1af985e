"""ToggleCertificatesRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ToggleCertificatesRequest"]


class ToggleCertificatesRequest(OagenModel):
    """ToggleCertificatesRequest"""

    certificate_ids: list[str]
