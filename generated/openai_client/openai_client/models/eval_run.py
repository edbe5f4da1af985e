"""EvalRun."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .eval_api_error import EvalApiError
from .eval_run_data_source import EvalRunDataSource
from .eval_run_per_model_usage_item import EvalRunPerModelUsageItem
from .eval_run_per_testing_criteria_results_item import EvalRunPerTestingCriteriaResultsItem
from .eval_run_result_counts import EvalRunResultCounts
from .metadata import Metadata

__all__ = ["EvalRun"]


class EvalRun(OagenModel):
    """A schema representing an evaluation run."""

    object: Literal["eval.run"]
    """The type of the object. Always "eval.run".

    Server default: ``"eval.run"``."""

    id: str
    """Unique identifier for the evaluation run."""

    eval_id: str
    """The identifier of the associated evaluation."""

    status: str
    """The status of the evaluation run."""

    model: str
    """The model that is evaluated, if applicable."""

    name: str
    """The name of the evaluation run."""

    created_at: int
    """Unix timestamp (in seconds) when the evaluation run was created."""

    report_url: str
    """The URL to the rendered evaluation run report on the UI dashboard."""

    result_counts: EvalRunResultCounts
    """Counters summarizing the outcomes of the evaluation run."""

    per_model_usage: list[EvalRunPerModelUsageItem]
    """Usage statistics for each model during the evaluation run."""

    per_testing_criteria_results: list[EvalRunPerTestingCriteriaResultsItem]
    """Results per testing criteria applied during the evaluation run."""

    data_source: EvalRunDataSource
    """Information about the run's data source."""

    metadata: Metadata

    error: EvalApiError
