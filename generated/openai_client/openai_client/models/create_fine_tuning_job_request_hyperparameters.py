"""CreateFineTuningJobRequestHyperparameters."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = [
    "CreateFineTuningJobRequestHyperparameters",
    "CreateFineTuningJobRequestHyperparametersParam",
]


class CreateFineTuningJobRequestHyperparameters(OagenModel):
    """The hyperparameters used for the fine-tuning job.
    This value is now deprecated in favor of `method`, and should be passed in under the `method` parameter.
    """

    batch_size: Literal["auto"] | int | None = None
    """Number of examples in each batch. A larger batch size means that model parameters
    are updated less frequently, but with lower variance.

    Server default: ``"auto"``."""

    learning_rate_multiplier: Literal["auto"] | float | None = None
    """Scaling factor for the learning rate. A smaller learning rate may be useful to avoid
    overfitting.

    Server default: ``"auto"``."""

    n_epochs: Literal["auto"] | int | None = None
    """The number of epochs to train the model for. An epoch refers to one full cycle
    through the training dataset.

    Server default: ``"auto"``."""


class CreateFineTuningJobRequestHyperparametersParam(TypedDict, total=False):
    """Request form of :class:`CreateFineTuningJobRequestHyperparameters`: a dict a type checker can check."""

    batch_size: Literal["auto"] | int
    """Number of examples in each batch. A larger batch size means that model parameters
    are updated less frequently, but with lower variance."""

    learning_rate_multiplier: Literal["auto"] | float
    """Scaling factor for the learning rate. A smaller learning rate may be useful to avoid
    overfitting."""

    n_epochs: Literal["auto"] | int
    """The number of epochs to train the model for. An epoch refers to one full cycle
    through the training dataset."""
