"""CreateThreadAndRunRequestToolResources."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .create_thread_and_run_request_tool_resources_code_interpreter import (
    CreateThreadAndRunRequestToolResourcesCodeInterpreter,
    CreateThreadAndRunRequestToolResourcesCodeInterpreterParam,
)
from .create_thread_and_run_request_tool_resources_file_search import (
    CreateThreadAndRunRequestToolResourcesFileSearch,
    CreateThreadAndRunRequestToolResourcesFileSearchParam,
)

__all__ = ["CreateThreadAndRunRequestToolResources", "CreateThreadAndRunRequestToolResourcesParam"]


class CreateThreadAndRunRequestToolResources(OagenModel):
    """A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    code_interpreter: CreateThreadAndRunRequestToolResourcesCodeInterpreter | None = None

    file_search: CreateThreadAndRunRequestToolResourcesFileSearch | None = None


class CreateThreadAndRunRequestToolResourcesParam(TypedDict, total=False):
    """Request form of :class:`CreateThreadAndRunRequestToolResources`: a dict a type checker can check."""

    code_interpreter: (
        CreateThreadAndRunRequestToolResourcesCodeInterpreterParam
        | CreateThreadAndRunRequestToolResourcesCodeInterpreter
    )

    file_search: (
        CreateThreadAndRunRequestToolResourcesFileSearchParam
        | CreateThreadAndRunRequestToolResourcesFileSearch
    )
