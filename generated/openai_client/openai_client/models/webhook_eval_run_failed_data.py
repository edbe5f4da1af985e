"""WebhookEvalRunFailedData."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["WebhookEvalRunFailedData"]


class WebhookEvalRunFailedData(OagenModel):
    """Event data payload."""

    id: str
    """The unique ID of the eval run."""
