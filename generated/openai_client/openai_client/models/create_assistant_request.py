"""CreateAssistantRequest."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .assistant_supported_models import AssistantSupportedModels
from .assistants_api_response_format_option import (
    AssistantsApiResponseFormatOption,
    AssistantsApiResponseFormatOptionParam,
)
from .create_assistant_request_tool_resources_variant1 import (
    CreateAssistantRequestToolResourcesVariant1,
    CreateAssistantRequestToolResourcesVariant1Param,
)
from .create_assistant_request_tools_item import (
    CreateAssistantRequestToolsItem,
    CreateAssistantRequestToolsItemParam,
)
from .metadata import Metadata
from .reasoning_effort import ReasoningEffort

__all__ = ["CreateAssistantRequest", "CreateAssistantRequestParam"]


class CreateAssistantRequest(OagenModel):
    """CreateAssistantRequest"""

    model: AssistantSupportedModels | str
    """ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them."""

    name: str | None = None

    description: str | None = None

    instructions: str | None = None

    reasoning_effort: ReasoningEffort | None = None

    tools: list[CreateAssistantRequestToolsItem] | None = None
    """A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.

    Server default: ``[]``."""

    tool_resources: CreateAssistantRequestToolResourcesVariant1 | None = None

    metadata: Metadata | None = None

    temperature: float | None = None

    top_p: float | None = None

    response_format: AssistantsApiResponseFormatOption | None = None


class CreateAssistantRequestParam(TypedDict, total=False):
    """Request form of :class:`CreateAssistantRequest`: a dict a type checker can check."""

    model: Required[str | AssistantSupportedModels]
    """ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them."""

    name: str | None

    description: str | None

    instructions: str | None

    reasoning_effort: ReasoningEffort

    tools: Sequence[CreateAssistantRequestToolsItemParam]
    """A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`."""

    tool_resources: (
        CreateAssistantRequestToolResourcesVariant1Param
        | CreateAssistantRequestToolResourcesVariant1
        | None
    )

    metadata: Metadata

    temperature: float | None

    top_p: float | None

    response_format: AssistantsApiResponseFormatOptionParam | None
