"""CreateEvalLogsDataSourceConfig."""

from __future__ import annotations

from typing import Any, Literal

from .._models import OagenModel

__all__ = ["CreateEvalLogsDataSourceConfig"]


class CreateEvalLogsDataSourceConfig(OagenModel):
    """A data source config which specifies the metadata property of your logs query.
    This is usually metadata like `usecase=chatbot` or `prompt-version=v2`, etc."""

    type: Literal["logs"]
    """The type of data source. Always `logs`.

    Server default: ``"logs"``."""

    metadata: dict[str, Any] | None = None
    """Metadata filters for the logs data source."""
