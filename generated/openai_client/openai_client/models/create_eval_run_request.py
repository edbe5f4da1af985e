"""CreateEvalRunRequest."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .create_eval_run_request_data_source import (
    CreateEvalRunRequestDataSource,
    CreateEvalRunRequestDataSourceParam,
)
from .metadata import Metadata

__all__ = ["CreateEvalRunRequest", "CreateEvalRunRequestParam"]


class CreateEvalRunRequest(OagenModel):
    """CreateEvalRunRequest"""

    name: str | None = None
    """The name of the run."""

    metadata: Metadata | None = None

    data_source: CreateEvalRunRequestDataSource
    """Details about the run's data source."""


class CreateEvalRunRequestParam(TypedDict, total=False):
    """Request form of :class:`CreateEvalRunRequest`: a dict a type checker can check."""

    name: str
    """The name of the run."""

    metadata: Metadata

    data_source: Required[CreateEvalRunRequestDataSourceParam]
    """Details about the run's data source."""
