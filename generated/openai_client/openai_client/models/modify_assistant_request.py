"""ModifyAssistantRequest."""

from __future__ import annotations

from .._models import OagenModel
from .assistant_supported_models import AssistantSupportedModels
from .assistants_api_response_format_option import AssistantsApiResponseFormatOption
from .metadata import Metadata
from .modify_assistant_request_tool_resources_variant1 import (
    ModifyAssistantRequestToolResourcesVariant1,
)
from .modify_assistant_request_tools_item import ModifyAssistantRequestToolsItem
from .reasoning_effort import ReasoningEffort

__all__ = ["ModifyAssistantRequest"]


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
