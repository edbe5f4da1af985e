"""FineTuneDPOMethod."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .fine_tune_dpo_hyperparameters import (
    FineTuneDPOHyperparameters,
    FineTuneDPOHyperparametersParam,
)

__all__ = ["FineTuneDPOMethod", "FineTuneDPOMethodParam"]


class FineTuneDPOMethod(OagenModel):
    """Configuration for the DPO fine-tuning method."""

    hyperparameters: FineTuneDPOHyperparameters | None = None


class FineTuneDPOMethodParam(TypedDict, total=False):
    """Request form of :class:`FineTuneDPOMethod`: a dict a type checker can check."""

    hyperparameters: FineTuneDPOHyperparametersParam | FineTuneDPOHyperparameters
