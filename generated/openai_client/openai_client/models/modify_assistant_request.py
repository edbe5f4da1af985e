"""ModifyAssistantRequest."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .._models import OagenModel
from .assistant_supported_models import AssistantSupportedModels
from .assistants_api_response_format_option import (
    AssistantsApiResponseFormatOption,
    AssistantsApiResponseFormatOptionParam,
)
from .metadata import Metadata
from .modify_assistant_request_tool_resources_variant1 import (
    ModifyAssistantRequestToolResourcesVariant1,
    ModifyAssistantRequestToolResourcesVariant1Param,
)
from .modify_assistant_request_tools_item import (
    ModifyAssistantRequestToolsItem,
    ModifyAssistantRequestToolsItemParam,
)
from .reasoning_effort import ReasoningEffort

__all__ = ["ModifyAssistantRequest", "ModifyAssistantRequestParam"]


class ModifyAssistantRequest(OagenModel):
    """ModifyAssistantRequest"""

    model: AssistantSupportedModels | str | None = None
    """ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them."""

    reasoning_effort: ReasoningEffort | None = None

    name: str | None = None

    description: str | None = None

    instructions: str | None = None

    tools: list[ModifyAssistantRequestToolsItem] | None = None
    """A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.

    Server default: ``[]``."""

    tool_resources: ModifyAssistantRequestToolResourcesVariant1 | None = None

    metadata: Metadata | None = None

    temperature: float | None = None

    top_p: float | None = None

    response_format: AssistantsApiResponseFormatOption | None = None


class ModifyAssistantRequestParam(TypedDict, total=False):
    """Request form of :class:`ModifyAssistantRequest`: a dict a type checker can check."""

    model: str | AssistantSupportedModels
    """ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them."""

    reasoning_effort: ReasoningEffort

    name: str | None

    description: str | None

    instructions: str | None

    tools: Sequence[ModifyAssistantRequestToolsItemParam]
    """A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`."""

    tool_resources: (
        ModifyAssistantRequestToolResourcesVariant1Param
        | ModifyAssistantRequestToolResourcesVariant1
        | None
    )

    metadata: Metadata

    temperature: float | None

    top_p: float | None

    response_format: AssistantsApiResponseFormatOptionParam | None
