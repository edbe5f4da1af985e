"""CreateAssistantRequest."""

from __future__ import annotations

from .._models import OagenModel
from .assistant_supported_models import AssistantSupportedModels
from .assistants_api_response_format_option import AssistantsApiResponseFormatOption
from .create_assistant_request_tool_resources_variant1 import (
    CreateAssistantRequestToolResourcesVariant1,
)
from .create_assistant_request_tools_item import CreateAssistantRequestToolsItem
from .metadata import Metadata
from .reasoning_effort import ReasoningEffort

__all__ = ["CreateAssistantRequest"]


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
