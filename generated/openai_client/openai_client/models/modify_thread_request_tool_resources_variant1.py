"""ModifyThreadRequestToolResourcesVariant1."""

from __future__ import annotations

from .._models import OagenModel
from .modify_thread_request_tool_resources_variant1_code_interpreter import (
    ModifyThreadRequestToolResourcesVariant1CodeInterpreter,
)
from .modify_thread_request_tool_resources_variant1_file_search import (
    ModifyThreadRequestToolResourcesVariant1FileSearch,
)

__all__ = ["ModifyThreadRequestToolResourcesVariant1"]


class ModifyThreadRequestToolResourcesVariant1(OagenModel):
    """A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    code_interpreter: ModifyThreadRequestToolResourcesVariant1CodeInterpreter | None = None

    file_search: ModifyThreadRequestToolResourcesVariant1FileSearch | None = None
