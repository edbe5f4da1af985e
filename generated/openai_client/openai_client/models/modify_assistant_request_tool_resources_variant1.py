"""ModifyAssistantRequestToolResourcesVariant1."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .modify_assistant_request_tool_resources_variant1_code_interpreter import (
    ModifyAssistantRequestToolResourcesVariant1CodeInterpreter,
    ModifyAssistantRequestToolResourcesVariant1CodeInterpreterParam,
)
from .modify_assistant_request_tool_resources_variant1_file_search import (
    ModifyAssistantRequestToolResourcesVariant1FileSearch,
    ModifyAssistantRequestToolResourcesVariant1FileSearchParam,
)

__all__ = [
    "ModifyAssistantRequestToolResourcesVariant1",
    "ModifyAssistantRequestToolResourcesVariant1Param",
]


class ModifyAssistantRequestToolResourcesVariant1(OagenModel):
    """A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    code_interpreter: ModifyAssistantRequestToolResourcesVariant1CodeInterpreter | None = None

    file_search: ModifyAssistantRequestToolResourcesVariant1FileSearch | None = None


class ModifyAssistantRequestToolResourcesVariant1Param(TypedDict, total=False):
    """Request form of :class:`ModifyAssistantRequestToolResourcesVariant1`: a dict a type checker can check."""

    code_interpreter: (
        ModifyAssistantRequestToolResourcesVariant1CodeInterpreterParam
        | ModifyAssistantRequestToolResourcesVariant1CodeInterpreter
    )

    file_search: (
        ModifyAssistantRequestToolResourcesVariant1FileSearchParam
        | ModifyAssistantRequestToolResourcesVariant1FileSearch
    )
