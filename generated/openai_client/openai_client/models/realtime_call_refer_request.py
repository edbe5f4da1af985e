"""RealtimeCallReferRequest."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["RealtimeCallReferRequest", "RealtimeCallReferRequestParam"]


class RealtimeCallReferRequest(OagenModel):
    """Parameters required to transfer a SIP call to a new destination using the
    Realtime API."""

    target_uri: str
    """URI that should appear in the SIP Refer-To header. Supports values like
    `tel:+14155550123` or `sip:agent@example.com`."""


class RealtimeCallReferRequestParam(TypedDict, total=False):
    """Request form of :class:`RealtimeCallReferRequest`: a dict a type checker can check."""

    target_uri: Required[str]
    """URI that should appear in the SIP Refer-To header. Supports values like
    `tel:+14155550123` or `sip:agent@example.com`."""
