"""WebhookRealtimeCallIncomingData."""

from __future__ import annotations

from .._models import OagenModel
from .webhook_realtime_call_incoming_data_sip_headers_item import (
    WebhookRealtimeCallIncomingDataSipHeadersItem,
)

__all__ = ["WebhookRealtimeCallIncomingData"]


class WebhookRealtimeCallIncomingData(OagenModel):
    """Event data payload."""

    call_id: str
    """The unique ID of this call."""

    sip_headers: list[WebhookRealtimeCallIncomingDataSipHeadersItem]
    """Headers from the SIP Invite."""
