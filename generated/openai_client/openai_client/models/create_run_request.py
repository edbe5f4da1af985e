"""CreateRunRequest."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .assistant_supported_models import AssistantSupportedModels
from .assistants_api_response_format_option import (
    AssistantsApiResponseFormatOption,
    AssistantsApiResponseFormatOptionParam,
)
from .assistants_api_tool_choice_option import (
    AssistantsApiToolChoiceOption,
    AssistantsApiToolChoiceOptionParam,
)
from .create_message_request import CreateMessageRequest, CreateMessageRequestParam
from .create_run_request_tools_item import CreateRunRequestToolsItem, CreateRunRequestToolsItemParam
from .metadata import Metadata
from .parallel_tool_calls import ParallelToolCalls
from .reasoning_effort import ReasoningEffort
from .truncation_object import TruncationObject, TruncationObjectParam

__all__ = ["CreateRunRequest", "CreateRunRequestParam"]


class CreateRunRequest(OagenModel):
    """CreateRunRequest"""

    assistant_id: str
    """The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run."""

    model: AssistantSupportedModels | str | None = None
    """The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used."""

    reasoning_effort: ReasoningEffort | None = None

    instructions: str | None = None
    """Overrides the [instructions](/docs/api-reference/assistants/createAssistant) of the assistant. This is useful for modifying the behavior on a per-run basis."""

    additional_instructions: str | None = None
    """Appends additional instructions at the end of the instructions for the run. This is useful for modifying the behavior on a per-run basis without overriding other instructions."""

    additional_messages: list[CreateMessageRequest] | None = None
    """Adds additional messages to the thread before creating the run."""

    tools: list[CreateRunRequestToolsItem] | None = None
    """Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis."""

    metadata: Metadata | None = None

    temperature: float | None = None
    """What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.

    Server default: ``1``."""

    top_p: float | None = None
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

    We generally recommend altering this or temperature but not both.

    Server default: ``1``."""

    stream: bool | None = None
    """If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message."""

    max_prompt_tokens: int | None = None
    """The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info."""

    max_completion_tokens: int | None = None
    """The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info."""

    truncation_strategy: TruncationObject | None = None

    tool_choice: AssistantsApiToolChoiceOption | None = None

    parallel_tool_calls: ParallelToolCalls | None = None

    response_format: AssistantsApiResponseFormatOption | None = None


class CreateRunRequestParam(TypedDict, total=False):
    """Request form of :class:`CreateRunRequest`: a dict a type checker can check."""

    assistant_id: Required[str]
    """The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run."""

    model: str | AssistantSupportedModels | None
    """The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used."""

    reasoning_effort: ReasoningEffort

    instructions: str | None
    """Overrides the [instructions](/docs/api-reference/assistants/createAssistant) of the assistant. This is useful for modifying the behavior on a per-run basis."""

    additional_instructions: str | None
    """Appends additional instructions at the end of the instructions for the run. This is useful for modifying the behavior on a per-run basis without overriding other instructions."""

    additional_messages: Sequence[CreateMessageRequestParam | CreateMessageRequest] | None
    """Adds additional messages to the thread before creating the run."""

    tools: Sequence[CreateRunRequestToolsItemParam] | None
    """Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis."""

    metadata: Metadata

    temperature: float | None
    """What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic."""

    top_p: float | None
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

    We generally recommend altering this or temperature but not both."""

    stream: bool | None
    """If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message."""

    max_prompt_tokens: int | None
    """The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info."""

    max_completion_tokens: int | None
    """The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info."""

    truncation_strategy: TruncationObjectParam | TruncationObject

    tool_choice: AssistantsApiToolChoiceOptionParam

    parallel_tool_calls: ParallelToolCalls

    response_format: AssistantsApiResponseFormatOptionParam | None
