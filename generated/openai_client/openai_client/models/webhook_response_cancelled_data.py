"""WebhookResponseCancelledData."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["WebhookResponseCancelledData"]


class WebhookResponseCancelledData(OagenModel):
    """Event data payload."""

    id: str
    """The unique ID of the model response."""
