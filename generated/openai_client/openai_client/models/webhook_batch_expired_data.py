"""WebhookBatchExpiredData."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["WebhookBatchExpiredData"]


class WebhookBatchExpiredData(OagenModel):
    """Event data payload."""

    id: str
    """The unique ID of the batch API request."""
