"""EvalLogsDataSourceConfig."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import OagenModel
from .metadata import Metadata

__all__ = ["EvalLogsDataSourceConfig"]


class EvalLogsDataSourceConfig(OagenModel):
    """A LogsDataSourceConfig which specifies the metadata property of your logs query.
    This is usually metadata like `usecase=chatbot` or `prompt-version=v2`, etc.
    The schema returned by this data source config is used to defined what variables are available in your evals.
    `item` and `sample` are both defined when using this data source config."""

    type: Literal["logs"]
    """The type of data source. Always `logs`.

    Server default: ``"logs"``."""

    metadata: Metadata | None = None

    schema_: dict[str, Any] = Field(validation_alias="schema", serialization_alias="schema")
    """The json schema for the run data source items.
    Learn how to build JSON schemas [here](https://json-schema.org/)."""
