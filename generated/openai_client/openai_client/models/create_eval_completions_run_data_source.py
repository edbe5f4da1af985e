"""CreateEvalCompletionsRunDataSource."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .create_eval_completions_run_data_source_input_messages import (
    CreateEvalCompletionsRunDataSourceInputMessages,
    CreateEvalCompletionsRunDataSourceInputMessagesParam,
)
from .create_eval_completions_run_data_source_sampling_params import (
    CreateEvalCompletionsRunDataSourceSamplingParams,
    CreateEvalCompletionsRunDataSourceSamplingParamsParam,
)
from .create_eval_completions_run_data_source_source import (
    CreateEvalCompletionsRunDataSourceSource,
    CreateEvalCompletionsRunDataSourceSourceParam,
)

__all__ = ["CreateEvalCompletionsRunDataSource", "CreateEvalCompletionsRunDataSourceParam"]


class CreateEvalCompletionsRunDataSource(OagenModel):
    """A CompletionsRunDataSource object describing a model sampling configuration."""

    type: Literal["completions"]
    """The type of run data source. Always `completions`.

    Server default: ``"completions"``."""

    input_messages: CreateEvalCompletionsRunDataSourceInputMessages | None = None
    """Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace."""

    sampling_params: CreateEvalCompletionsRunDataSourceSamplingParams | None = None

    model: str | None = None
    """The name of the model to use for generating completions (e.g. "o3-mini")."""

    source: CreateEvalCompletionsRunDataSourceSource
    """Determines what populates the `item` namespace in this run's data source."""


class CreateEvalCompletionsRunDataSourceParam(TypedDict, total=False):
    """Request form of :class:`CreateEvalCompletionsRunDataSource`: a dict a type checker can check."""

    type: Required[Literal["completions"]]
    """The type of run data source. Always `completions`."""

    input_messages: CreateEvalCompletionsRunDataSourceInputMessagesParam
    """Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace."""

    sampling_params: (
        CreateEvalCompletionsRunDataSourceSamplingParamsParam
        | CreateEvalCompletionsRunDataSourceSamplingParams
    )

    model: str
    """The name of the model to use for generating completions (e.g. "o3-mini")."""

    source: Required[CreateEvalCompletionsRunDataSourceSourceParam]
    """Determines what populates the `item` namespace in this run's data source."""
