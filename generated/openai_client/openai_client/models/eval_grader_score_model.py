"""EvalGraderScoreModel."""

from __future__ import annotations

from .grader_score_model import GraderScoreModel

__all__ = ["EvalGraderScoreModel"]


class EvalGraderScoreModel(GraderScoreModel):
    """ScoreModelGrader"""

    pass_threshold: float | None = None
    """The threshold for the score."""
