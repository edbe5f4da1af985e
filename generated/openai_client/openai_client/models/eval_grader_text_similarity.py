"""EvalGraderTextSimilarity."""

from __future__ import annotations

from .grader_text_similarity import GraderTextSimilarity

__all__ = ["EvalGraderTextSimilarity"]


class EvalGraderTextSimilarity(GraderTextSimilarity):
    """TextSimilarityGrader"""

    pass_threshold: float
    """The threshold for the score."""
