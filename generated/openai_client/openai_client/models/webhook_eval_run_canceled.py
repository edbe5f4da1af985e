"""WebhookEvalRunCanceled."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .webhook_eval_run_canceled_data import WebhookEvalRunCanceledData

__all__ = ["WebhookEvalRunCanceled"]


class WebhookEvalRunCanceled(OagenModel):
    """Sent when an eval run has been canceled."""

    created_at: int
    """The Unix timestamp (in seconds) of when the eval run was canceled."""

    id: str
    """The unique ID of the event."""

    data: WebhookEvalRunCanceledData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["eval.run.canceled"]
    """The type of the event. Always `eval.run.canceled`."""
