"""WebhookEvent."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .webhook_batch_cancelled import WebhookBatchCancelled
from .webhook_batch_completed import WebhookBatchCompleted
from .webhook_batch_expired import WebhookBatchExpired
from .webhook_batch_failed import WebhookBatchFailed
from .webhook_eval_run_canceled import WebhookEvalRunCanceled
from .webhook_eval_run_failed import WebhookEvalRunFailed
from .webhook_eval_run_succeeded import WebhookEvalRunSucceeded
from .webhook_fine_tuning_job_cancelled import WebhookFineTuningJobCancelled
from .webhook_fine_tuning_job_failed import WebhookFineTuningJobFailed
from .webhook_fine_tuning_job_succeeded import WebhookFineTuningJobSucceeded
from .webhook_realtime_call_incoming import WebhookRealtimeCallIncoming
from .webhook_response_cancelled import WebhookResponseCancelled
from .webhook_response_completed import WebhookResponseCompleted
from .webhook_response_failed import WebhookResponseFailed
from .webhook_response_incomplete import WebhookResponseIncomplete

__all__ = ["WebhookEvent"]

WebhookEvent: TypeAlias = Annotated[
    Union[
        Annotated[WebhookBatchCancelled, Tag("WebhookBatchCancelled")],
        Annotated[WebhookBatchCompleted, Tag("WebhookBatchCompleted")],
        Annotated[WebhookBatchExpired, Tag("WebhookBatchExpired")],
        Annotated[WebhookBatchFailed, Tag("WebhookBatchFailed")],
        Annotated[WebhookEvalRunCanceled, Tag("WebhookEvalRunCanceled")],
        Annotated[WebhookEvalRunFailed, Tag("WebhookEvalRunFailed")],
        Annotated[WebhookEvalRunSucceeded, Tag("WebhookEvalRunSucceeded")],
        Annotated[WebhookFineTuningJobCancelled, Tag("WebhookFineTuningJobCancelled")],
        Annotated[WebhookFineTuningJobFailed, Tag("WebhookFineTuningJobFailed")],
        Annotated[WebhookFineTuningJobSucceeded, Tag("WebhookFineTuningJobSucceeded")],
        Annotated[WebhookRealtimeCallIncoming, Tag("WebhookRealtimeCallIncoming")],
        Annotated[WebhookResponseCancelled, Tag("WebhookResponseCancelled")],
        Annotated[WebhookResponseCompleted, Tag("WebhookResponseCompleted")],
        Annotated[WebhookResponseFailed, Tag("WebhookResponseFailed")],
        Annotated[WebhookResponseIncomplete, Tag("WebhookResponseIncomplete")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "batch.cancelled": "WebhookBatchCancelled",
            "batch.completed": "WebhookBatchCompleted",
            "batch.expired": "WebhookBatchExpired",
            "batch.failed": "WebhookBatchFailed",
            "eval.run.canceled": "WebhookEvalRunCanceled",
            "eval.run.failed": "WebhookEvalRunFailed",
            "eval.run.succeeded": "WebhookEvalRunSucceeded",
            "fine_tuning.job.cancelled": "WebhookFineTuningJobCancelled",
            "fine_tuning.job.failed": "WebhookFineTuningJobFailed",
            "fine_tuning.job.succeeded": "WebhookFineTuningJobSucceeded",
            "realtime.call.incoming": "WebhookRealtimeCallIncoming",
            "response.cancelled": "WebhookResponseCancelled",
            "response.completed": "WebhookResponseCompleted",
            "response.failed": "WebhookResponseFailed",
            "response.incomplete": "WebhookResponseIncomplete",
        },
    ),
]
"""Any webhook event payload."""
