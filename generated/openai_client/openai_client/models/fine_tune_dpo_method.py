"""FineTuneDPOMethod."""

from __future__ import annotations

from .._models import OagenModel
from .fine_tune_dpo_hyperparameters import FineTuneDPOHyperparameters

__all__ = ["FineTuneDPOMethod"]


class FineTuneDPOMethod(OagenModel):
    """Configuration for the DPO fine-tuning method."""

    hyperparameters: FineTuneDPOHyperparameters | None = None
