"""WebhookResponseIncomplete."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .webhook_response_incomplete_data import WebhookResponseIncompleteData

__all__ = ["WebhookResponseIncomplete"]


class WebhookResponseIncomplete(OagenModel):
    """Sent when a background response has been interrupted."""

    created_at: int
    """The Unix timestamp (in seconds) of when the model response was interrupted."""

    id: str
    """The unique ID of the event."""

    data: WebhookResponseIncompleteData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["response.incomplete"]
    """The type of the event. Always `response.incomplete`."""
