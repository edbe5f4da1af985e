"""WebhookEvalRunSucceededData."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["WebhookEvalRunSucceededData"]


class WebhookEvalRunSucceededData(OagenModel):
    """Event data payload."""

    id: str
    """The unique ID of the eval run."""
