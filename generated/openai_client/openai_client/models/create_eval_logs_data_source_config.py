"""CreateEvalLogsDataSourceConfig."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["CreateEvalLogsDataSourceConfig", "CreateEvalLogsDataSourceConfigParam"]


class CreateEvalLogsDataSourceConfig(OagenModel):
    """A data source config which specifies the metadata property of your logs query.
    This is usually metadata like `usecase=chatbot` or `prompt-version=v2`, etc."""

    type: Literal["logs"]
    """The type of data source. Always `logs`.

    Server default: ``"logs"``."""

    metadata: dict[str, Any] | None = None
    """Metadata filters for the logs data source."""


class CreateEvalLogsDataSourceConfigParam(TypedDict, total=False):
    """Request form of :class:`CreateEvalLogsDataSourceConfig`: a dict a type checker can check."""

    type: Required[Literal["logs"]]
    """The type of data source. Always `logs`."""

    metadata: Mapping[str, Any]
    """Metadata filters for the logs data source."""
