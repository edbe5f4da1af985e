"""EvalGraderScoreModelSamplingParams."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .reasoning_effort import ReasoningEffort

__all__ = ["EvalGraderScoreModelSamplingParams", "EvalGraderScoreModelSamplingParamsParam"]


class EvalGraderScoreModelSamplingParams(OagenModel):
    """The sampling parameters for the model."""

    seed: int | None = None

    top_p: float | None = None

    temperature: float | None = None

    max_completions_tokens: int | None = None

    reasoning_effort: ReasoningEffort | None = None


class EvalGraderScoreModelSamplingParamsParam(TypedDict, total=False):
    """Request form of :class:`EvalGraderScoreModelSamplingParams`: a dict a type checker can check."""

    seed: int | None

    top_p: float | None

    temperature: float | None

    max_completions_tokens: int | None

    reasoning_effort: ReasoningEffort
