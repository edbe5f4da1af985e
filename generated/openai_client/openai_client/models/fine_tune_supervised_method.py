"""FineTuneSupervisedMethod."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .fine_tune_supervised_hyperparameters import (
    FineTuneSupervisedHyperparameters,
    FineTuneSupervisedHyperparametersParam,
)

__all__ = ["FineTuneSupervisedMethod", "FineTuneSupervisedMethodParam"]


class FineTuneSupervisedMethod(OagenModel):
    """Configuration for the supervised fine-tuning method."""

    hyperparameters: FineTuneSupervisedHyperparameters | None = None


class FineTuneSupervisedMethodParam(TypedDict, total=False):
    """Request form of :class:`FineTuneSupervisedMethod`: a dict a type checker can check."""

    hyperparameters: FineTuneSupervisedHyperparametersParam | FineTuneSupervisedHyperparameters
