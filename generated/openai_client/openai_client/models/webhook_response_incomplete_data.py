"""WebhookResponseIncompleteData."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["WebhookResponseIncompleteData"]


class WebhookResponseIncompleteData(OagenModel):
    """Event data payload."""

    id: str
    """The unique ID of the model response."""
