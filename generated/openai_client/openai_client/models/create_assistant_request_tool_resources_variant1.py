"""CreateAssistantRequestToolResourcesVariant1."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .create_assistant_request_tool_resources_variant1_code_interpreter import (
    CreateAssistantRequestToolResourcesVariant1CodeInterpreter,
    CreateAssistantRequestToolResourcesVariant1CodeInterpreterParam,
)
from .create_assistant_request_tool_resources_variant1_file_search import (
    CreateAssistantRequestToolResourcesVariant1FileSearch,
    CreateAssistantRequestToolResourcesVariant1FileSearchParam,
)

__all__ = [
    "CreateAssistantRequestToolResourcesVariant1",
    "CreateAssistantRequestToolResourcesVariant1Param",
]


class CreateAssistantRequestToolResourcesVariant1(OagenModel):
    """A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    code_interpreter: CreateAssistantRequestToolResourcesVariant1CodeInterpreter | None = None

    file_search: CreateAssistantRequestToolResourcesVariant1FileSearch | None = None


class CreateAssistantRequestToolResourcesVariant1Param(TypedDict, total=False):
    """Request form of :class:`CreateAssistantRequestToolResourcesVariant1`: a dict a type checker can check."""

    code_interpreter: (
        CreateAssistantRequestToolResourcesVariant1CodeInterpreterParam
        | CreateAssistantRequestToolResourcesVariant1CodeInterpreter
    )

    file_search: (
        CreateAssistantRequestToolResourcesVariant1FileSearchParam
        | CreateAssistantRequestToolResourcesVariant1FileSearch
    )
