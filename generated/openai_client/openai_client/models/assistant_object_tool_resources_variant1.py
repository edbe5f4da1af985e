"""AssistantObjectToolResourcesVariant1."""

from __future__ import annotations

from .._models import OagenModel
from .assistant_object_tool_resources_variant1_code_interpreter import (
    AssistantObjectToolResourcesVariant1CodeInterpreter,
)
from .assistant_object_tool_resources_variant1_file_search import (
    AssistantObjectToolResourcesVariant1FileSearch,
)

__all__ = ["AssistantObjectToolResourcesVariant1"]


class AssistantObjectToolResourcesVariant1(OagenModel):
    """A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    code_interpreter: AssistantObjectToolResourcesVariant1CodeInterpreter | None = None

    file_search: AssistantObjectToolResourcesVariant1FileSearch | None = None
