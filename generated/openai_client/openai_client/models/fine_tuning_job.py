"""FineTuningJob."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .fine_tune_method import FineTuneMethod
from .fine_tuning_integration import FineTuningIntegration
from .fine_tuning_job_error_variant1 import FineTuningJobErrorVariant1
from .fine_tuning_job_hyperparameters import FineTuningJobHyperparameters
from .metadata import Metadata

__all__ = ["FineTuningJob"]


class FineTuningJob(OagenModel):
    """The `fine_tuning.job` object represents a fine-tuning job that has been created through the API."""

    id: str
    """The object identifier, which can be referenced in the API endpoints."""

    created_at: int
    """The Unix timestamp (in seconds) for when the fine-tuning job was created."""

    error: FineTuningJobErrorVariant1 | None

    fine_tuned_model: str | None

    finished_at: int | None

    hyperparameters: FineTuningJobHyperparameters
    """The hyperparameters used for the fine-tuning job. This value will only be returned when running `supervised` jobs."""

    model: str
    """The base model that is being fine-tuned."""

    object: Literal["fine_tuning.job"]
    """The object type, which is always "fine_tuning.job"."""

    organization_id: str
    """The organization that owns the fine-tuning job."""

    result_files: list[str]
    """The compiled results file ID(s) for the fine-tuning job. You can retrieve the results with the [Files API](/docs/api-reference/files/retrieve-contents)."""

    status: (
        Literal["validating_files", "queued", "running", "succeeded", "failed", "cancelled"] | str
    )
    """The current status of the fine-tuning job, which can be either `validating_files`, `queued`, `running`, `succeeded`, `failed`, or `cancelled`."""

    trained_tokens: int | None

    training_file: str
    """The file ID used for training. You can retrieve the training data with the [Files API](/docs/api-reference/files/retrieve-contents)."""

    validation_file: str | None

    integrations: list[FineTuningIntegration] | None = None

    seed: int
    """The seed used for the fine-tuning job."""

    estimated_finish: int | None = None

    method: FineTuneMethod | None = None

    metadata: Metadata | None = None
