"""WebhookFineTuningJobSucceededData."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["WebhookFineTuningJobSucceededData"]


class WebhookFineTuningJobSucceededData(OagenModel):
    """Event data payload."""

    id: str
    """The unique ID of the fine-tuning job."""
