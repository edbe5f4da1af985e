"""EvalGraderScoreModelSamplingParams."""

from __future__ import annotations

from .._models import OagenModel
from .reasoning_effort import ReasoningEffort

__all__ = ["EvalGraderScoreModelSamplingParams"]


class EvalGraderScoreModelSamplingParams(OagenModel):
    """The sampling parameters for the model."""

    seed: int | None = None

    top_p: float | None = None

    temperature: float | None = None

    max_completions_tokens: int | None = None

    reasoning_effort: ReasoningEffort | None = None
