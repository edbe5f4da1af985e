"""RunStepDetailsToolCallsFileSearchRankingOptionsObject."""

from __future__ import annotations

from .._models import OagenModel
from .file_search_ranker import FileSearchRanker

__all__ = ["RunStepDetailsToolCallsFileSearchRankingOptionsObject"]


class RunStepDetailsToolCallsFileSearchRankingOptionsObject(OagenModel):
    """The ranking options for the file search."""

    ranker: FileSearchRanker | str

    score_threshold: float
    """The score threshold for the file search. All values must be a floating point number between 0 and 1."""
