"""WebhookFineTuningJobSucceeded."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .webhook_fine_tuning_job_succeeded_data import WebhookFineTuningJobSucceededData

__all__ = ["WebhookFineTuningJobSucceeded"]


class WebhookFineTuningJobSucceeded(OagenModel):
    """Sent when a fine-tuning job has succeeded."""

    created_at: int
    """The Unix timestamp (in seconds) of when the fine-tuning job succeeded."""

    id: str
    """The unique ID of the event."""

    data: WebhookFineTuningJobSucceededData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["fine_tuning.job.succeeded"]
    """The type of the event. Always `fine_tuning.job.succeeded`."""
