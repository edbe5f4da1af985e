"""WebhookRealtimeCallIncoming."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .webhook_realtime_call_incoming_data import WebhookRealtimeCallIncomingData

__all__ = ["WebhookRealtimeCallIncoming"]


class WebhookRealtimeCallIncoming(OagenModel):
    """Sent when Realtime API Receives a incoming SIP call."""

    created_at: int
    """The Unix timestamp (in seconds) of when the model response was completed."""

    id: str
    """The unique ID of the event."""

    data: WebhookRealtimeCallIncomingData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["realtime.call.incoming"]
    """The type of the event. Always `realtime.call.incoming`."""
