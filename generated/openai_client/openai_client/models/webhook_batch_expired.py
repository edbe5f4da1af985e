"""WebhookBatchExpired."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .webhook_batch_expired_data import WebhookBatchExpiredData

__all__ = ["WebhookBatchExpired"]


class WebhookBatchExpired(OagenModel):
    """Sent when a batch API request has expired."""

    created_at: int
    """The Unix timestamp (in seconds) of when the batch API request expired."""

    id: str
    """The unique ID of the event."""

    data: WebhookBatchExpiredData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["batch.expired"]
    """The type of the event. Always `batch.expired`."""
