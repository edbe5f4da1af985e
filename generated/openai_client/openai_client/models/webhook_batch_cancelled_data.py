"""WebhookBatchCancelledData."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["WebhookBatchCancelledData"]


class WebhookBatchCancelledData(OagenModel):
    """Event data payload."""

    id: str
    """The unique ID of the batch API request."""
