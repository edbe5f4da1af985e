"""CreateFineTuningJobRequest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .create_fine_tuning_job_request_hyperparameters import (
    CreateFineTuningJobRequestHyperparameters,
    CreateFineTuningJobRequestHyperparametersParam,
)
from .create_fine_tuning_job_request_integrations_item import (
    CreateFineTuningJobRequestIntegrationsItem,
    CreateFineTuningJobRequestIntegrationsItemParam,
)
from .fine_tune_method import FineTuneMethod, FineTuneMethodParam
from .metadata import Metadata

__all__ = ["CreateFineTuningJobRequest", "CreateFineTuningJobRequestParam"]


class CreateFineTuningJobRequest(OagenModel):
    """CreateFineTuningJobRequest"""

    model: Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"] | str
    """The name of the model to fine-tune. You can select one of the
    [supported models](/docs/guides/fine-tuning#which-models-can-be-fine-tuned)."""

    training_file: str
    """The ID of an uploaded file that contains training data.

    See [upload file](/docs/api-reference/files/create) for how to upload a file.

    Your dataset must be formatted as a JSONL file. Additionally, you must upload your file with the purpose `fine-tune`.

    The contents of the file should differ depending on if the model uses the [chat](/docs/api-reference/fine-tuning/chat-input), [completions](/docs/api-reference/fine-tuning/completions-input) format, or if the fine-tuning method uses the [preference](/docs/api-reference/fine-tuning/preference-input) format.

    See the [fine-tuning guide](/docs/guides/model-optimization) for more details."""

    hyperparameters: CreateFineTuningJobRequestHyperparameters | None = None
    """The hyperparameters used for the fine-tuning job.
    This value is now deprecated in favor of `method`, and should be passed in under the `method` parameter.

    Deprecated."""

    suffix: str | None = None
    """A string of up to 64 characters that will be added to your fine-tuned model name.

    For example, a `suffix` of "custom-model-name" would produce a model name like `ft:gpt-4o-mini:openai:custom-model-name:7p4lURel`.

    Server default: ``None``."""

    validation_file: str | None = None
    """The ID of an uploaded file that contains validation data.

    If you provide this file, the data is used to generate validation
    metrics periodically during fine-tuning. These metrics can be viewed in
    the fine-tuning results file.
    The same data should not be present in both train and validation files.

    Your dataset must be formatted as a JSONL file. You must upload your file with the purpose `fine-tune`.

    See the [fine-tuning guide](/docs/guides/model-optimization) for more details."""

    integrations: list[CreateFineTuningJobRequestIntegrationsItem] | None = None
    """A list of integrations to enable for your fine-tuning job."""

    seed: int | None = None
    """The seed controls the reproducibility of the job. Passing in the same seed and job parameters should produce the same results, but may differ in rare cases.
    If a seed is not specified, one will be generated for you."""

    method: FineTuneMethod | None = None

    metadata: Metadata | None = None


class CreateFineTuningJobRequestParam(TypedDict, total=False):
    """Request form of :class:`CreateFineTuningJobRequest`: a dict a type checker can check."""

    model: Required[str | Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"]]
    """The name of the model to fine-tune. You can select one of the
    [supported models](/docs/guides/fine-tuning#which-models-can-be-fine-tuned)."""

    training_file: Required[str]
    """The ID of an uploaded file that contains training data.

    See [upload file](/docs/api-reference/files/create) for how to upload a file.

    Your dataset must be formatted as a JSONL file. Additionally, you must upload your file with the purpose `fine-tune`.

    The contents of the file should differ depending on if the model uses the [chat](/docs/api-reference/fine-tuning/chat-input), [completions](/docs/api-reference/fine-tuning/completions-input) format, or if the fine-tuning method uses the [preference](/docs/api-reference/fine-tuning/preference-input) format.

    See the [fine-tuning guide](/docs/guides/model-optimization) for more details."""

    hyperparameters: (
        CreateFineTuningJobRequestHyperparametersParam | CreateFineTuningJobRequestHyperparameters
    )
    """The hyperparameters used for the fine-tuning job.
    This value is now deprecated in favor of `method`, and should be passed in under the `method` parameter.
    """

    suffix: str | None
    """A string of up to 64 characters that will be added to your fine-tuned model name.

    For example, a `suffix` of "custom-model-name" would produce a model name like `ft:gpt-4o-mini:openai:custom-model-name:7p4lURel`.
    """

    validation_file: str | None
    """The ID of an uploaded file that contains validation data.

    If you provide this file, the data is used to generate validation
    metrics periodically during fine-tuning. These metrics can be viewed in
    the fine-tuning results file.
    The same data should not be present in both train and validation files.

    Your dataset must be formatted as a JSONL file. You must upload your file with the purpose `fine-tune`.

    See the [fine-tuning guide](/docs/guides/model-optimization) for more details."""

    integrations: (
        Sequence[
            CreateFineTuningJobRequestIntegrationsItemParam
            | CreateFineTuningJobRequestIntegrationsItem
        ]
        | None
    )
    """A list of integrations to enable for your fine-tuning job."""

    seed: int | None
    """The seed controls the reproducibility of the job. Passing in the same seed and job parameters should produce the same results, but may differ in rare cases.
    If a seed is not specified, one will be generated for you."""

    method: FineTuneMethodParam | FineTuneMethod

    metadata: Metadata
