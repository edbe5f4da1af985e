"""RunObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .assistants_api_response_format_option import AssistantsApiResponseFormatOption
from .assistants_api_tool_choice_option import AssistantsApiToolChoiceOption
from .metadata import Metadata
from .parallel_tool_calls import ParallelToolCalls
from .run_completion_usage import RunCompletionUsage
from .run_object_incomplete_details import RunObjectIncompleteDetails
from .run_object_last_error import RunObjectLastError
from .run_object_required_action import RunObjectRequiredAction
from .run_object_tools_item import RunObjectToolsItem
from .truncation_object import TruncationObject

__all__ = ["RunObject"]


class RunObject(OagenModel):
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["thread.run"]
    """The object type, which is always `thread.run`."""

    created_at: int
    """The Unix timestamp (in seconds) for when the run was created."""

    thread_id: str
    """The ID of the [thread](/docs/api-reference/threads) that was executed on as a part of this run."""

    assistant_id: str
    """The ID of the [assistant](/docs/api-reference/assistants) used for execution of this run."""

    status: (
        Literal[
            "queued",
            "in_progress",
            "requires_action",
            "cancelling",
            "cancelled",
            "failed",
            "completed",
            "incomplete",
            "expired",
        ]
        | str
    )
    """The status of the run, which can be either `queued`, `in_progress`, `requires_action`, `cancelling`, `cancelled`, `failed`, `completed`, `incomplete`, or `expired`."""

    required_action: RunObjectRequiredAction | None
    """Details on the action required to continue the run. Will be `null` if no action is required."""

    last_error: RunObjectLastError | None
    """The last error associated with this run. Will be `null` if there are no errors."""

    expires_at: int | None
    """The Unix timestamp (in seconds) for when the run will expire."""

    started_at: int | None
    """The Unix timestamp (in seconds) for when the run was started."""

    cancelled_at: int | None
    """The Unix timestamp (in seconds) for when the run was cancelled."""

    failed_at: int | None
    """The Unix timestamp (in seconds) for when the run failed."""

    completed_at: int | None
    """The Unix timestamp (in seconds) for when the run was completed."""

    incomplete_details: RunObjectIncompleteDetails | None
    """Details on why the run is incomplete. Will be `null` if the run is not incomplete."""

    model: str
    """The model that the [assistant](/docs/api-reference/assistants) used for this run."""

    instructions: str
    """The instructions that the [assistant](/docs/api-reference/assistants) used for this run."""

    tools: list[RunObjectToolsItem]
    """The list of tools that the [assistant](/docs/api-reference/assistants) used for this run.

    Server default: ``[]``."""

    metadata: Metadata

    usage: RunCompletionUsage

    temperature: float | None = None
    """The sampling temperature used for this run. If not set, defaults to 1."""

    top_p: float | None = None
    """The nucleus sampling value used for this run. If not set, defaults to 1."""

    max_prompt_tokens: int | None
    """The maximum number of prompt tokens specified to have been used over the course of the run."""

    max_completion_tokens: int | None
    """The maximum number of completion tokens specified to have been used over the course of the run."""

    truncation_strategy: TruncationObject

    tool_choice: AssistantsApiToolChoiceOption

    parallel_tool_calls: ParallelToolCalls

    response_format: AssistantsApiResponseFormatOption | None
