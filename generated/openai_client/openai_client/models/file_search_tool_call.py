"""FileSearchToolCall."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .file_search_tool_call_results_array_item import (
    FileSearchToolCallResultsArrayItem,
    FileSearchToolCallResultsArrayItemParam,
)

__all__ = ["FileSearchToolCall", "FileSearchToolCallParam"]


class FileSearchToolCall(OagenModel):
    """The results of a file search tool call. See the
    [file search guide](/docs/guides/tools-file-search) for more information."""

    id: str
    """The unique ID of the file search tool call."""

    type: Literal["file_search_call"]
    """The type of the file search tool call. Always `file_search_call`."""

    status: Literal["in_progress", "searching", "completed", "incomplete", "failed"] | str
    """The status of the file search tool call. One of `in_progress`,
    `searching`, `incomplete` or `failed`,"""

    queries: list[str]
    """The queries used to search for files."""

    results: list[FileSearchToolCallResultsArrayItem] | None = None


class FileSearchToolCallParam(TypedDict, total=False):
    """Request form of :class:`FileSearchToolCall`: a dict a type checker can check."""

    id: Required[str]
    """The unique ID of the file search tool call."""

    type: Required[Literal["file_search_call"]]
    """The type of the file search tool call. Always `file_search_call`."""

    status: Required[Literal["in_progress", "searching", "completed", "incomplete", "failed"]]
    """The status of the file search tool call. One of `in_progress`,
    `searching`, `incomplete` or `failed`,"""

    queries: Required[Sequence[str]]
    """The queries used to search for files."""

    results: (
        Sequence[FileSearchToolCallResultsArrayItemParam | FileSearchToolCallResultsArrayItem]
        | None
    )
