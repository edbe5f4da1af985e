"""ToggleCertificatesRequest."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ToggleCertificatesRequest", "ToggleCertificatesRequestParam"]


class ToggleCertificatesRequest(OagenModel):
    """ToggleCertificatesRequest"""

    certificate_ids: list[str]


class ToggleCertificatesRequestParam(TypedDict, total=False):
    """Request form of :class:`ToggleCertificatesRequest`: a dict a type checker can check."""

    certificate_ids: Required[Sequence[str]]
