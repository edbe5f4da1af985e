"""CreateEvalStoredCompletionsDataSourceConfig."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "CreateEvalStoredCompletionsDataSourceConfig",
    "CreateEvalStoredCompletionsDataSourceConfigParam",
]


class CreateEvalStoredCompletionsDataSourceConfig(OagenModel):
    """Deprecated in favor of LogsDataSourceConfig."""

    type: Literal["stored_completions"]
    """The type of data source. Always `stored_completions`.

    Server default: ``"stored_completions"``."""

    metadata: dict[str, Any] | None = None
    """Metadata filters for the stored completions data source."""


class CreateEvalStoredCompletionsDataSourceConfigParam(TypedDict, total=False):
    """Request form of :class:`CreateEvalStoredCompletionsDataSourceConfig`: a dict a type checker can check."""

    type: Required[Literal["stored_completions"]]
    """The type of data source. Always `stored_completions`."""

    metadata: Mapping[str, Any]
    """Metadata filters for the stored completions data source."""
