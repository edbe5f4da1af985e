"""CreateThreadAndRunRequest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .assistants_api_response_format_option import (
    AssistantsApiResponseFormatOption,
    AssistantsApiResponseFormatOptionParam,
)
from .assistants_api_tool_choice_option import (
    AssistantsApiToolChoiceOption,
    AssistantsApiToolChoiceOptionParam,
)
from .create_thread_and_run_request_tool_resources import (
    CreateThreadAndRunRequestToolResources,
    CreateThreadAndRunRequestToolResourcesParam,
)
from .create_thread_and_run_request_tools_item import (
    CreateThreadAndRunRequestToolsItem,
    CreateThreadAndRunRequestToolsItemParam,
)
from .create_thread_request import CreateThreadRequest, CreateThreadRequestParam
from .metadata import Metadata
from .parallel_tool_calls import ParallelToolCalls
from .truncation_object import TruncationObject, TruncationObjectParam

__all__ = ["CreateThreadAndRunRequest", "CreateThreadAndRunRequestParam"]


class CreateThreadAndRunRequest(OagenModel):
    """CreateThreadAndRunRequest"""

    assistant_id: str
    """The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run."""

    thread: CreateThreadRequest | None = None

    model: (
        Literal[
            "gpt-5",
            "gpt-5-mini",
            "gpt-5-nano",
            "gpt-5-2025-08-07",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano-2025-08-07",
            "gpt-4.1",
            "gpt-4.1-mini",
            "gpt-4.1-nano",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-11-20",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-05-13",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4.5-preview",
            "gpt-4.5-preview-2025-02-27",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-0125-preview",
            "gpt-4-turbo-preview",
            "gpt-4-1106-preview",
            "gpt-4-vision-preview",
            "gpt-4",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-16k-0613",
        ]
        | str
        | None
    ) = None
    """The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used."""

    instructions: str | None = None
    """Override the default system message of the assistant. This is useful for modifying the behavior on a per-run basis."""

    tools: list[CreateThreadAndRunRequestToolsItem] | None = None
    """Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis."""

    tool_resources: CreateThreadAndRunRequestToolResources | None = None
    """A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

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


class CreateThreadAndRunRequestParam(TypedDict, total=False):
    """Request form of :class:`CreateThreadAndRunRequest`: a dict a type checker can check."""

    assistant_id: Required[str]
    """The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run."""

    thread: CreateThreadRequestParam | CreateThreadRequest

    model: (
        str
        | Literal[
            "gpt-5",
            "gpt-5-mini",
            "gpt-5-nano",
            "gpt-5-2025-08-07",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano-2025-08-07",
            "gpt-4.1",
            "gpt-4.1-mini",
            "gpt-4.1-nano",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-11-20",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-05-13",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4.5-preview",
            "gpt-4.5-preview-2025-02-27",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-0125-preview",
            "gpt-4-turbo-preview",
            "gpt-4-1106-preview",
            "gpt-4-vision-preview",
            "gpt-4",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-16k-0613",
        ]
        | None
    )
    """The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used."""

    instructions: str | None
    """Override the default system message of the assistant. This is useful for modifying the behavior on a per-run basis."""

    tools: Sequence[CreateThreadAndRunRequestToolsItemParam] | None
    """Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis."""

    tool_resources: (
        CreateThreadAndRunRequestToolResourcesParam | CreateThreadAndRunRequestToolResources | None
    )
    """A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

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
