"""WebhookFineTuningJobCancelled."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .webhook_fine_tuning_job_cancelled_data import WebhookFineTuningJobCancelledData

__all__ = ["WebhookFineTuningJobCancelled"]


class WebhookFineTuningJobCancelled(OagenModel):
    """Sent when a fine-tuning job has been cancelled."""

    created_at: int
    """The Unix timestamp (in seconds) of when the fine-tuning job was cancelled."""

    id: str
    """The unique ID of the event."""

    data: WebhookFineTuningJobCancelledData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["fine_tuning.job.cancelled"]
    """The type of the event. Always `fine_tuning.job.cancelled`."""
