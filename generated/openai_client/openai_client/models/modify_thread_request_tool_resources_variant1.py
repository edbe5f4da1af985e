"""ModifyThreadRequestToolResourcesVariant1."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .modify_thread_request_tool_resources_variant1_code_interpreter import (
    ModifyThreadRequestToolResourcesVariant1CodeInterpreter,
    ModifyThreadRequestToolResourcesVariant1CodeInterpreterParam,
)
from .modify_thread_request_tool_resources_variant1_file_search import (
    ModifyThreadRequestToolResourcesVariant1FileSearch,
    ModifyThreadRequestToolResourcesVariant1FileSearchParam,
)

__all__ = [
    "ModifyThreadRequestToolResourcesVariant1",
    "ModifyThreadRequestToolResourcesVariant1Param",
]


class ModifyThreadRequestToolResourcesVariant1(OagenModel):
    """A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    code_interpreter: ModifyThreadRequestToolResourcesVariant1CodeInterpreter | None = None

    file_search: ModifyThreadRequestToolResourcesVariant1FileSearch | None = None


class ModifyThreadRequestToolResourcesVariant1Param(TypedDict, total=False):
    """Request form of :class:`ModifyThreadRequestToolResourcesVariant1`: a dict a type checker can check."""

    code_interpreter: (
        ModifyThreadRequestToolResourcesVariant1CodeInterpreterParam
        | ModifyThreadRequestToolResourcesVariant1CodeInterpreter
    )

    file_search: (
        ModifyThreadRequestToolResourcesVariant1FileSearchParam
        | ModifyThreadRequestToolResourcesVariant1FileSearch
    )
