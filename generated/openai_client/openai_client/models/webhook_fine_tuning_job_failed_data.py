"""WebhookFineTuningJobFailedData."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["WebhookFineTuningJobFailedData"]


class WebhookFineTuningJobFailedData(OagenModel):
    """Event data payload."""

    id: str
    """The unique ID of the fine-tuning job."""
