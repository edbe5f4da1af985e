"""WebhookEvalRunSucceeded."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .webhook_eval_run_succeeded_data import WebhookEvalRunSucceededData

__all__ = ["WebhookEvalRunSucceeded"]


class WebhookEvalRunSucceeded(OagenModel):
    """Sent when an eval run has succeeded."""

    created_at: int
    """The Unix timestamp (in seconds) of when the eval run succeeded."""

    id: str
    """The unique ID of the event."""

    data: WebhookEvalRunSucceededData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["eval.run.succeeded"]
    """The type of the event. Always `eval.run.succeeded`."""
