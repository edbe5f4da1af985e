"""FineTuneSupervisedMethod."""

from __future__ import annotations

from .._models import OagenModel
from .fine_tune_supervised_hyperparameters import FineTuneSupervisedHyperparameters

__all__ = ["FineTuneSupervisedMethod"]


class FineTuneSupervisedMethod(OagenModel):
    """Configuration for the supervised fine-tuning method."""

    hyperparameters: FineTuneSupervisedHyperparameters | None = None
