"""FineTuningJobHyperparameters."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["FineTuningJobHyperparameters"]


class FineTuningJobHyperparameters(OagenModel):
    """The hyperparameters used for the fine-tuning job. This value will only be returned when running `supervised` jobs."""

    batch_size: Literal["auto"] | int | None = None

    learning_rate_multiplier: Literal["auto"] | float | None = None
    """Scaling factor for the learning rate. A smaller learning rate may be useful to avoid
    overfitting.

    Server default: ``"auto"``."""

    n_epochs: Literal["auto"] | int | None = None
    """The number of epochs to train the model for. An epoch refers to one full cycle
    through the training dataset.

    Server default: ``"auto"``."""
