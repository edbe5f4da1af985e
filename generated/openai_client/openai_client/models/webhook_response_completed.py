"""WebhookResponseCompleted."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .webhook_response_completed_data import WebhookResponseCompletedData

__all__ = ["WebhookResponseCompleted"]


class WebhookResponseCompleted(OagenModel):
    """Sent when a background response has been completed."""

    created_at: int
    """The Unix timestamp (in seconds) of when the model response was completed."""

    id: str
    """The unique ID of the event."""

    data: WebhookResponseCompletedData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["response.completed"]
    """The type of the event. Always `response.completed`."""
