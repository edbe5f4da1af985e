"""GraderScoreModel."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .eval_grader_score_model_sampling_params import (
    EvalGraderScoreModelSamplingParams,
    EvalGraderScoreModelSamplingParamsParam,
)
from .eval_item import EvalItem, EvalItemParam

__all__ = ["GraderScoreModel", "GraderScoreModelParam"]


class GraderScoreModel(OagenModel):
    """A ScoreModelGrader object that uses a model to assign a score to the input."""

    type: Literal["score_model"]
    """The object type, which is always `score_model`."""

    name: str
    """The name of the grader."""

    model: str
    """The model to use for the evaluation."""

    sampling_params: EvalGraderScoreModelSamplingParams | None = None
    """The sampling parameters for the model."""

    input: list[EvalItem]
    """The input messages evaluated by the grader. Supports text, output text, input image, and input audio content blocks, and may include template strings."""

    range: list[float] | None = None
    """The range of the score. Defaults to `[0, 1]`."""


class GraderScoreModelParam(TypedDict, total=False):
    """Request form of :class:`GraderScoreModel`: a dict a type checker can check."""

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
