"""RunStepObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .metadata import Metadata
from .run_step_completion_usage import RunStepCompletionUsage
from .run_step_object_last_error_variant1 import RunStepObjectLastErrorVariant1
from .run_step_object_step_details import RunStepObjectStepDetails

__all__ = ["RunStepObject"]


class RunStepObject(OagenModel):
    """Represents a step in execution of a run."""

    id: str
    """The identifier of the run step, which can be referenced in API endpoints."""

    object: Literal["thread.run.step"]
    """The object type, which is always `thread.run.step`."""

    created_at: int
    """The Unix timestamp (in seconds) for when the run step was created."""

    assistant_id: str
    """The ID of the [assistant](/docs/api-reference/assistants) associated with the run step."""

    thread_id: str
    """The ID of the [thread](/docs/api-reference/threads) that was run."""

    run_id: str
    """The ID of the [run](/docs/api-reference/runs) that this run step is a part of."""

    type: Literal["message_creation", "tool_calls"] | str
    """The type of run step, which can be either `message_creation` or `tool_calls`."""

    status: Literal["in_progress", "cancelled", "failed", "completed", "expired"] | str
    """The status of the run step, which can be either `in_progress`, `cancelled`, `failed`, `completed`, or `expired`."""

    step_details: RunStepObjectStepDetails
    """The details of the run step."""

    last_error: RunStepObjectLastErrorVariant1 | None

    expired_at: int | None

    cancelled_at: int | None

    failed_at: int | None

    completed_at: int | None

    metadata: Metadata

    usage: RunStepCompletionUsage
