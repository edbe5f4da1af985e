"""FineTuningJobCheckpoint."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .fine_tuning_job_checkpoint_metrics import FineTuningJobCheckpointMetrics

__all__ = ["FineTuningJobCheckpoint"]


class FineTuningJobCheckpoint(OagenModel):
    """The `fine_tuning.job.checkpoint` object represents a model checkpoint for a fine-tuning job that is ready to use."""

    id: str
    """The checkpoint identifier, which can be referenced in the API endpoints."""

    created_at: int
    """The Unix timestamp (in seconds) for when the checkpoint was created."""

    fine_tuned_model_checkpoint: str
    """The name of the fine-tuned checkpoint model that is created."""

    step_number: int
    """The step number that the checkpoint was created at."""

    metrics: FineTuningJobCheckpointMetrics
    """Metrics at the step number during the fine-tuning job."""

    fine_tuning_job_id: str
    """The name of the fine-tuning job that this checkpoint was created from."""

    object: Literal["fine_tuning.job.checkpoint"]
    """The object type, which is always "fine_tuning.job.checkpoint"."""
