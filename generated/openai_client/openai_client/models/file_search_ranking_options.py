"""FileSearchRankingOptions."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .file_search_ranker import FileSearchRanker

__all__ = ["FileSearchRankingOptions", "FileSearchRankingOptionsParam"]


class FileSearchRankingOptions(OagenModel):
    """The ranking options for the file search. If not specified, the file search tool will use the `auto` ranker and a score_threshold of 0.

    See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
    """

    ranker: FileSearchRanker | str | None = None

    score_threshold: float
    """The score threshold for the file search. All values must be a floating point number between 0 and 1."""


class FileSearchRankingOptionsParam(TypedDict, total=False):
    """Request form of :class:`FileSearchRankingOptions`: a dict a type checker can check."""

    ranker: FileSearchRanker

    score_threshold: Required[float]
    """The score threshold for the file search. All values must be a floating point number between 0 and 1."""
