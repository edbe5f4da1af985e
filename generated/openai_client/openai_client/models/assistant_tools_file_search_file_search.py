"""AssistantToolsFileSearchFileSearch."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .file_search_ranking_options import FileSearchRankingOptions, FileSearchRankingOptionsParam

__all__ = ["AssistantToolsFileSearchFileSearch", "AssistantToolsFileSearchFileSearchParam"]


class AssistantToolsFileSearchFileSearch(OagenModel):
    """Overrides for the file search tool."""

    max_num_results: int | None = None
    """The maximum number of results the file search tool should output. The default is 20 for `gpt-4*` models and 5 for `gpt-3.5-turbo`. This number should be between 1 and 50 inclusive.

    Note that the file search tool may output fewer than `max_num_results` results. See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
    """

    ranking_options: FileSearchRankingOptions | None = None


class AssistantToolsFileSearchFileSearchParam(TypedDict, total=False):
    """Request form of :class:`AssistantToolsFileSearchFileSearch`: a dict a type checker can check."""

    max_num_results: int
    """The maximum number of results the file search tool should output. The default is 20 for `gpt-4*` models and 5 for `gpt-3.5-turbo`. This number should be between 1 and 50 inclusive.

    Note that the file search tool may output fewer than `max_num_results` results. See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
    """

    ranking_options: FileSearchRankingOptionsParam | FileSearchRankingOptions
