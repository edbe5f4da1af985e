"""RealtimeCallRejectRequest."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["RealtimeCallRejectRequest", "RealtimeCallRejectRequestParam"]


class RealtimeCallRejectRequest(OagenModel):
    """Parameters used to decline an incoming SIP call handled by the Realtime API."""

    status_code: int | None = None
    """SIP response code to send back to the caller. Defaults to `603` (Decline)
    when omitted."""


class RealtimeCallRejectRequestParam(TypedDict, total=False):
    """Request form of :class:`RealtimeCallRejectRequest`: a dict a type checker can check."""

    status_code: int
    """SIP response code to send back to the caller. Defaults to `603` (Decline)
    when omitted."""
