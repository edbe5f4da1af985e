"""FineTuneReinforcementMethod."""

from __future__ import annotations

from .._models import OagenModel
from .fine_tune_reinforcement_hyperparameters import FineTuneReinforcementHyperparameters
from .fine_tune_reinforcement_method_grader import FineTuneReinforcementMethodGrader

__all__ = ["FineTuneReinforcementMethod"]


class FineTuneReinforcementMethod(OagenModel):
    """Configuration for the reinforcement fine-tuning method."""

    grader: FineTuneReinforcementMethodGrader
    """The grader used for the fine-tuning job."""

    hyperparameters: FineTuneReinforcementHyperparameters | None = None
