"""FineTuneMethod."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .fine_tune_dpo_method import FineTuneDPOMethod
from .fine_tune_reinforcement_method import FineTuneReinforcementMethod
from .fine_tune_supervised_method import FineTuneSupervisedMethod

__all__ = ["FineTuneMethod"]


class FineTuneMethod(OagenModel):
    """The method used for fine-tuning."""

    type: Literal["supervised", "dpo", "reinforcement"] | str
    """The type of method. Is either `supervised`, `dpo`, or `reinforcement`."""

    supervised: FineTuneSupervisedMethod | None = None

    dpo: FineTuneDPOMethod | None = None

    reinforcement: FineTuneReinforcementMethod | None = None
