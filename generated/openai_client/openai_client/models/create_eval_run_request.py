"""CreateEvalRunRequest."""

from __future__ import annotations

from .._models import OagenModel
from .create_eval_run_request_data_source import CreateEvalRunRequestDataSource
from .metadata import Metadata

__all__ = ["CreateEvalRunRequest"]


class CreateEvalRunRequest(OagenModel):
    """CreateEvalRunRequest"""

    name: str | None = None
    """The name of the run."""

    metadata: Metadata | None = None

    data_source: CreateEvalRunRequestDataSource
    """Details about the run's data source."""
