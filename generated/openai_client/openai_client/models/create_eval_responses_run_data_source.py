"""CreateEvalResponsesRunDataSource."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .create_eval_responses_run_data_source_input_messages import (
    CreateEvalResponsesRunDataSourceInputMessages,
    CreateEvalResponsesRunDataSourceInputMessagesParam,
)
from .create_eval_responses_run_data_source_sampling_params import (
    CreateEvalResponsesRunDataSourceSamplingParams,
    CreateEvalResponsesRunDataSourceSamplingParamsParam,
)
from .create_eval_responses_run_data_source_source import (
    CreateEvalResponsesRunDataSourceSource,
    CreateEvalResponsesRunDataSourceSourceParam,
)

__all__ = ["CreateEvalResponsesRunDataSource", "CreateEvalResponsesRunDataSourceParam"]


class CreateEvalResponsesRunDataSource(OagenModel):
    """A ResponsesRunDataSource object describing a model sampling configuration."""

    type: Literal["responses"]
    """The type of run data source. Always `responses`.

    Server default: ``"responses"``."""

    input_messages: CreateEvalResponsesRunDataSourceInputMessages | None = None
    """Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace."""

    sampling_params: CreateEvalResponsesRunDataSourceSamplingParams | None = None

    model: str | None = None
    """The name of the model to use for generating completions (e.g. "o3-mini")."""

    source: CreateEvalResponsesRunDataSourceSource
    """Determines what populates the `item` namespace in this run's data source."""


class CreateEvalResponsesRunDataSourceParam(TypedDict, total=False):
    """Request form of :class:`CreateEvalResponsesRunDataSource`: a dict a type checker can check."""

    type: Required[Literal["responses"]]
    """The type of run data source. Always `responses`."""

    input_messages: CreateEvalResponsesRunDataSourceInputMessagesParam
    """Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace."""

    sampling_params: (
        CreateEvalResponsesRunDataSourceSamplingParamsParam
        | CreateEvalResponsesRunDataSourceSamplingParams
    )

    model: str
    """The name of the model to use for generating completions (e.g. "o3-mini")."""

    source: Required[CreateEvalResponsesRunDataSourceSourceParam]
    """Determines what populates the `item` namespace in this run's data source."""
