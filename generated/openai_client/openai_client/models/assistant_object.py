"""AssistantObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .assistant_object_tool_resources_variant1 import AssistantObjectToolResourcesVariant1
from .assistant_object_tools_item import AssistantObjectToolsItem
from .assistants_api_response_format_option import AssistantsApiResponseFormatOption
from .metadata import Metadata

__all__ = ["AssistantObject"]


class AssistantObject(OagenModel):
    """Represents an `assistant` that can call the model and use tools."""

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["assistant"]
    """The object type, which is always `assistant`."""

    created_at: int
    """The Unix timestamp (in seconds) for when the assistant was created."""

    name: str | None

    description: str | None

    model: str
    """ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them."""

    instructions: str | None

    tools: list[AssistantObjectToolsItem]
    """A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.

    Server default: ``[]``."""

    tool_resources: AssistantObjectToolResourcesVariant1 | None = None

    metadata: Metadata

    temperature: float | None = None

    top_p: float | None = None

    response_format: AssistantsApiResponseFormatOption | None = None
