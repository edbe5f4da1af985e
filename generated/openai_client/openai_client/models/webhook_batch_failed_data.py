"""WebhookBatchFailedData."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["WebhookBatchFailedData"]


class WebhookBatchFailedData(OagenModel):
    """Event data payload."""

    id: str
    """The unique ID of the batch API request."""
