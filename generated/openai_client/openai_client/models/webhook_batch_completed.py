"""WebhookBatchCompleted."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .webhook_batch_completed_data import WebhookBatchCompletedData

__all__ = ["WebhookBatchCompleted"]


class WebhookBatchCompleted(OagenModel):
    """Sent when a batch API request has been completed."""

    created_at: int
    """The Unix timestamp (in seconds) of when the batch API request was completed."""

    id: str
    """The unique ID of the event."""

    data: WebhookBatchCompletedData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["batch.completed"]
    """The type of the event. Always `batch.completed`."""
