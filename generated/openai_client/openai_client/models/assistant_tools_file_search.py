"""AssistantToolsFileSearch."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .assistant_tools_file_search_file_search import (
    AssistantToolsFileSearchFileSearch,
    AssistantToolsFileSearchFileSearchParam,
)

__all__ = ["AssistantToolsFileSearch", "AssistantToolsFileSearchParam"]


class AssistantToolsFileSearch(OagenModel):
    """FileSearch tool"""

    type: Literal["file_search"]
    """The type of tool being defined: `file_search`"""

    file_search: AssistantToolsFileSearchFileSearch | None = None
    """Overrides for the file search tool."""


class AssistantToolsFileSearchParam(TypedDict, total=False):
    """Request form of :class:`AssistantToolsFileSearch`: a dict a type checker can check."""

    type: Required[Literal["file_search"]]
    """The type of tool being defined: `file_search`"""

    file_search: AssistantToolsFileSearchFileSearchParam | AssistantToolsFileSearchFileSearch
    """Overrides for the file search tool."""
