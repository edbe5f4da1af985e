"""Eval."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .eval_data_source_config import EvalDataSourceConfig
from .eval_testing_criteria_item import EvalTestingCriteriaItem
from .metadata import Metadata

__all__ = ["Eval"]


class Eval(OagenModel):
    """An Eval object with a data source config and testing criteria.
    An Eval represents a task to be done for your LLM integration.
    Like:
     - Improve the quality of my chatbot
     - See how well my chatbot handles customer support
     - Check if o4-mini is better at my usecase than gpt-4o"""

    object: Literal["eval"]
    """The object type.

    Server default: ``"eval"``."""

    id: str
    """Unique identifier for the evaluation."""

    name: str
    """The name of the evaluation."""

    data_source_config: EvalDataSourceConfig
    """Configuration of data sources used in runs of the evaluation."""

    testing_criteria: list[EvalTestingCriteriaItem]
    """A list of testing criteria."""

    created_at: int
    """The Unix timestamp (in seconds) for when the eval was created."""

    metadata: Metadata
