"""CreateEvalJsonlRunDataSource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .create_eval_jsonl_run_data_source_source import CreateEvalJsonlRunDataSourceSource

__all__ = ["CreateEvalJsonlRunDataSource"]


class CreateEvalJsonlRunDataSource(OagenModel):
    """A JsonlRunDataSource object with that specifies a JSONL file that matches the eval"""

    type: Literal["jsonl"]
    """The type of data source. Always `jsonl`.

    Server default: ``"jsonl"``."""

    source: CreateEvalJsonlRunDataSourceSource
    """Determines what populates the `item` namespace in the data source."""
