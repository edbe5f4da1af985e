"""FineTuneMethod."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .fine_tune_dpo_method import FineTuneDPOMethod, FineTuneDPOMethodParam
from .fine_tune_reinforcement_method import (
    FineTuneReinforcementMethod,
    FineTuneReinforcementMethodParam,
)
from .fine_tune_supervised_method import FineTuneSupervisedMethod, FineTuneSupervisedMethodParam

__all__ = ["FineTuneMethod", "FineTuneMethodParam"]


class FineTuneMethod(OagenModel):
    """The method used for fine-tuning."""

    type: Literal["supervised", "dpo", "reinforcement"] | str
    """The type of method. Is either `supervised`, `dpo`, or `reinforcement`."""

    supervised: FineTuneSupervisedMethod | None = None

    dpo: FineTuneDPOMethod | None = None

    reinforcement: FineTuneReinforcementMethod | None = None


class FineTuneMethodParam(TypedDict, total=False):
    """Request form of :class:`FineTuneMethod`: a dict a type checker can check."""

    type: Required[Literal["supervised", "dpo", "reinforcement"]]
    """The type of method. Is either `supervised`, `dpo`, or `reinforcement`."""

    supervised: FineTuneSupervisedMethodParam | FineTuneSupervisedMethod

    dpo: FineTuneDPOMethodParam | FineTuneDPOMethod

    reinforcement: FineTuneReinforcementMethodParam | FineTuneReinforcementMethod
