"""FileSearchToolCall."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .file_search_tool_call_results_array_item import FileSearchToolCallResultsArrayItem

__all__ = ["FileSearchToolCall"]


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
