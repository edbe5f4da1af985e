"""CreateEvalJsonlRunDataSource."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .create_eval_jsonl_run_data_source_source import (
    CreateEvalJsonlRunDataSourceSource,
    CreateEvalJsonlRunDataSourceSourceParam,
)

__all__ = ["CreateEvalJsonlRunDataSource", "CreateEvalJsonlRunDataSourceParam"]


class CreateEvalJsonlRunDataSource(OagenModel):
    """A JsonlRunDataSource object with that specifies a JSONL file that matches the eval"""

    type: Literal["jsonl"]
    """The type of data source. Always `jsonl`.

    Server default: ``"jsonl"``."""

    source: CreateEvalJsonlRunDataSourceSource
    """Determines what populates the `item` namespace in the data source."""


class CreateEvalJsonlRunDataSourceParam(TypedDict, total=False):
    """Request form of :class:`CreateEvalJsonlRunDataSource`: a dict a type checker can check."""

    type: Required[Literal["jsonl"]]
    """The type of data source. Always `jsonl`."""

    source: Required[CreateEvalJsonlRunDataSourceSourceParam]
    """Determines what populates the `item` namespace in the data source."""
