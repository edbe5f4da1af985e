"""FineTuneReinforcementMethod."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .fine_tune_reinforcement_hyperparameters import (
    FineTuneReinforcementHyperparameters,
    FineTuneReinforcementHyperparametersParam,
)
from .fine_tune_reinforcement_method_grader import (
    FineTuneReinforcementMethodGrader,
    FineTuneReinforcementMethodGraderParam,
)

__all__ = ["FineTuneReinforcementMethod", "FineTuneReinforcementMethodParam"]


class FineTuneReinforcementMethod(OagenModel):
    """Configuration for the reinforcement fine-tuning method."""

    grader: FineTuneReinforcementMethodGrader
    """The grader used for the fine-tuning job."""

    hyperparameters: FineTuneReinforcementHyperparameters | None = None


class FineTuneReinforcementMethodParam(TypedDict, total=False):
    """Request form of :class:`FineTuneReinforcementMethod`: a dict a type checker can check."""

    grader: Required[FineTuneReinforcementMethodGraderParam]
    """The grader used for the fine-tuning job."""

    hyperparameters: (
        FineTuneReinforcementHyperparametersParam | FineTuneReinforcementHyperparameters
    )
