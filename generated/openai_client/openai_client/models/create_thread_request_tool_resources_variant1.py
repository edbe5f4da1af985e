"""CreateThreadRequestToolResourcesVariant1."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .create_thread_request_tool_resources_variant1_code_interpreter import (
    CreateThreadRequestToolResourcesVariant1CodeInterpreter,
    CreateThreadRequestToolResourcesVariant1CodeInterpreterParam,
)
from .create_thread_request_tool_resources_variant1_file_search import (
    CreateThreadRequestToolResourcesVariant1FileSearch,
    CreateThreadRequestToolResourcesVariant1FileSearchParam,
)

__all__ = [
    "CreateThreadRequestToolResourcesVariant1",
    "CreateThreadRequestToolResourcesVariant1Param",
]


class CreateThreadRequestToolResourcesVariant1(OagenModel):
    """A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    code_interpreter: CreateThreadRequestToolResourcesVariant1CodeInterpreter | None = None

    file_search: CreateThreadRequestToolResourcesVariant1FileSearch | None = None


class CreateThreadRequestToolResourcesVariant1Param(TypedDict, total=False):
    """Request form of :class:`CreateThreadRequestToolResourcesVariant1`: a dict a type checker can check."""

    code_interpreter: (
        CreateThreadRequestToolResourcesVariant1CodeInterpreterParam
        | CreateThreadRequestToolResourcesVariant1CodeInterpreter
    )

    file_search: (
        CreateThreadRequestToolResourcesVariant1FileSearchParam
        | CreateThreadRequestToolResourcesVariant1FileSearch
    )
