"""EvalGraderTextSimilarity."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .grader_text_similarity import GraderTextSimilarity

__all__ = ["EvalGraderTextSimilarity", "EvalGraderTextSimilarityParam"]


class EvalGraderTextSimilarity(GraderTextSimilarity):
    """TextSimilarityGrader"""

    pass_threshold: float
    """The threshold for the score."""


class EvalGraderTextSimilarityParam(TypedDict, total=False):
    """Request form of :class:`EvalGraderTextSimilarity`: a dict a type checker can check."""

    type: Required[Literal["text_similarity"]]
    """The type of grader."""

    name: Required[str]
    """The name of the grader."""

    input: Required[str]
    """The text being graded."""

    reference: Required[str]
    """The text being graded against."""

    evaluation_metric: Required[
        Literal[
            "cosine",
            "fuzzy_match",
            "bleu",
            "gleu",
            "meteor",
            "rouge_1",
            "rouge_2",
            "rouge_3",
            "rouge_4",
            "rouge_5",
            "rouge_l",
        ]
    ]
    """The evaluation metric to use. One of `cosine`, `fuzzy_match`, `bleu`,
    `gleu`, `meteor`, `rouge_1`, `rouge_2`, `rouge_3`, `rouge_4`, `rouge_5`,
    or `rouge_l`."""

    pass_threshold: Required[float]
    """The threshold for the score."""
