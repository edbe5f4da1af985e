"""CreateEvalRequest."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .create_eval_request_data_source_config import (
    CreateEvalRequestDataSourceConfig,
    CreateEvalRequestDataSourceConfigParam,
)
from .create_eval_request_testing_criteria_item import (
    CreateEvalRequestTestingCriteriaItem,
    CreateEvalRequestTestingCriteriaItemParam,
)
from .metadata import Metadata

__all__ = ["CreateEvalRequest", "CreateEvalRequestParam"]


class CreateEvalRequest(OagenModel):
    """CreateEvalRequest"""

    name: str | None = None
    """The name of the evaluation."""

    metadata: Metadata | None = None

    data_source_config: CreateEvalRequestDataSourceConfig
    """The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation."""

    testing_criteria: list[CreateEvalRequestTestingCriteriaItem]
    """A list of graders for all eval runs in this group. Graders can reference variables in the data source using double curly braces notation, like `{{item.variable_name}}`. To reference the model's output, use the `sample` namespace (ie, `{{sample.output_text}}`)."""


class CreateEvalRequestParam(TypedDict, total=False):
    """Request form of :class:`CreateEvalRequest`: a dict a type checker can check."""

    name: str
    """The name of the evaluation."""

    metadata: Metadata

    data_source_config: Required[CreateEvalRequestDataSourceConfigParam]
    """The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation."""

    testing_criteria: Required[Sequence[CreateEvalRequestTestingCriteriaItemParam]]
    """A list of graders for all eval runs in this group. Graders can reference variables in the data source using double curly braces notation, like `{{item.variable_name}}`. To reference the model's output, use the `sample` namespace (ie, `{{sample.output_text}}`)."""
