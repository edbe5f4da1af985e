"""WebhookResponseFailedData."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["WebhookResponseFailedData"]


class WebhookResponseFailedData(OagenModel):
    """Event data payload."""

    id: str
    """The unique ID of the model response."""
