"""CreateFineTuningJobRequestIntegrationsItem."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .create_fine_tuning_job_request_integrations_item_wandb import (
    CreateFineTuningJobRequestIntegrationsItemWandb,
    CreateFineTuningJobRequestIntegrationsItemWandbParam,
)

__all__ = [
    "CreateFineTuningJobRequestIntegrationsItem",
    "CreateFineTuningJobRequestIntegrationsItemParam",
]


class CreateFineTuningJobRequestIntegrationsItem(OagenModel):
    """CreateFineTuningJobRequestIntegrationsItem"""

    type: Literal["wandb"]
    """The type of integration to enable. Currently, only "wandb" (Weights and Biases) is supported."""

    wandb: CreateFineTuningJobRequestIntegrationsItemWandb
    """The settings for your integration with Weights and Biases. This payload specifies the project that
    metrics will be sent to. Optionally, you can set an explicit display name for your run, add tags
    to your run, and set a default entity (team, username, etc) to be associated with your run."""


class CreateFineTuningJobRequestIntegrationsItemParam(TypedDict, total=False):
    """Request form of :class:`CreateFineTuningJobRequestIntegrationsItem`: a dict a type checker can check."""

    type: Required[Literal["wandb"]]
    """The type of integration to enable. Currently, only "wandb" (Weights and Biases) is supported."""

    wandb: Required[
        CreateFineTuningJobRequestIntegrationsItemWandbParam
        | CreateFineTuningJobRequestIntegrationsItemWandb
    ]
    """The settings for your integration with Weights and Biases. This payload specifies the project that
    metrics will be sent to. Optionally, you can set an explicit display name for your run, add tags
    to your run, and set a default entity (team, username, etc) to be associated with your run."""
