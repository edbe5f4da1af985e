"""GraderScoreModel."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .eval_grader_score_model_sampling_params import EvalGraderScoreModelSamplingParams
from .eval_item import EvalItem

__all__ = ["GraderScoreModel"]


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
