"""EvalGraderScoreModel."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .eval_grader_score_model_sampling_params import (
    EvalGraderScoreModelSamplingParams,
    EvalGraderScoreModelSamplingParamsParam,
)
from .eval_item import EvalItem, EvalItemParam
from .grader_score_model import GraderScoreModel

__all__ = ["EvalGraderScoreModel", "EvalGraderScoreModelParam"]


class EvalGraderScoreModel(GraderScoreModel):
    """ScoreModelGrader"""

    pass_threshold: float | None = None
    """The threshold for the score."""


class EvalGraderScoreModelParam(TypedDict, total=False):
    """Request form of :class:`EvalGraderScoreModel`: a dict a type checker can check."""

    type: Required[Literal["score_model"]]
    """The object type, which is always `score_model`."""

    name: Required[str]
    """The name of the grader."""

    model: Required[str]
    """The model to use for the evaluation."""

    sampling_params: EvalGraderScoreModelSamplingParamsParam | EvalGraderScoreModelSamplingParams
    """The sampling parameters for the model."""

    input: Required[Sequence[EvalItemParam | EvalItem]]
    """The input messages evaluated by the grader. Supports text, output text, input image, and input audio content blocks, and may include template strings."""

    range: Sequence[float]
    """The range of the score. Defaults to `[0, 1]`."""

    pass_threshold: float
    """The threshold for the score."""
