"""RealtimeCallRejectRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RealtimeCallRejectRequest"]


class RealtimeCallRejectRequest(OagenModel):
    """Parameters used to decline an incoming SIP call handled by the Realtime API."""

    status_code: int | None = None
    """SIP response code to send back to the caller. Defaults to `603` (Decline)
    when omitted."""
