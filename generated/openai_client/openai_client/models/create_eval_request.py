"""CreateEvalRequest."""

from __future__ import annotations

from .._models import OagenModel
from .create_eval_request_data_source_config import CreateEvalRequestDataSourceConfig
from .create_eval_request_testing_criteria_item import CreateEvalRequestTestingCriteriaItem
from .metadata import Metadata

__all__ = ["CreateEvalRequest"]


class CreateEvalRequest(OagenModel):
    """CreateEvalRequest"""

    name: str | None = None
    """The name of the evaluation."""

    metadata: Metadata | None = None

    data_source_config: CreateEvalRequestDataSourceConfig
    """The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation."""

    testing_criteria: list[CreateEvalRequestTestingCriteriaItem]
    """A list of graders for all eval runs in this group. Graders can reference variables in the data source using double curly braces notation, like `{{item.variable_name}}`. To reference the model's output, use the `sample` namespace (ie, `{{sample.output_text}}`)."""
