"""FileSearchTool."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .filters import Filters, FiltersParam
from .ranking_options import RankingOptions, RankingOptionsParam

__all__ = ["FileSearchTool", "FileSearchToolParam"]


class FileSearchTool(OagenModel):
    """A tool that searches for relevant content from uploaded files. Learn more about the [file search tool](https://platform.openai.com/docs/guides/tools-file-search)."""

    type: Literal["file_search"]
    """The type of the file search tool. Always `file_search`.

    Server default: ``"file_search"``."""

    vector_store_ids: list[str]
    """The IDs of the vector stores to search."""

    max_num_results: int | None = None
    """The maximum number of results to return. This number should be between 1 and 50 inclusive."""

    ranking_options: RankingOptions | None = None
    """Ranking options for search."""

    filters: Filters | None = None


class FileSearchToolParam(TypedDict, total=False):
    """Request form of :class:`FileSearchTool`: a dict a type checker can check."""

    type: Required[Literal["file_search"]]
    """The type of the file search tool. Always `file_search`."""

    vector_store_ids: Required[Sequence[str]]
    """The IDs of the vector stores to search."""

    max_num_results: int
    """The maximum number of results to return. This number should be between 1 and 50 inclusive."""

    ranking_options: RankingOptionsParam | RankingOptions
    """Ranking options for search."""

    filters: FiltersParam | None
