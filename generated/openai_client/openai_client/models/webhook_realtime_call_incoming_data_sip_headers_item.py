"""WebhookRealtimeCallIncomingDataSipHeadersItem."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["WebhookRealtimeCallIncomingDataSipHeadersItem"]


class WebhookRealtimeCallIncomingDataSipHeadersItem(OagenModel):
    """A header from the SIP Invite."""

    name: str
    """Name of the SIP Header."""

    value: str
    """Value of the SIP Header."""
