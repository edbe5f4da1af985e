"""WebhookEvalRunFailed."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .webhook_eval_run_failed_data import WebhookEvalRunFailedData

__all__ = ["WebhookEvalRunFailed"]


class WebhookEvalRunFailed(OagenModel):
    """Sent when an eval run has failed."""

    created_at: int
    """The Unix timestamp (in seconds) of when the eval run failed."""

    id: str
    """The unique ID of the event."""

    data: WebhookEvalRunFailedData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["eval.run.failed"]
    """The type of the event. Always `eval.run.failed`."""
