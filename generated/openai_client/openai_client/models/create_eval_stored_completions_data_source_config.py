"""CreateEvalStoredCompletionsDataSourceConfig."""

from __future__ import annotations

from typing import Any, Literal

from .._models import OagenModel

__all__ = ["CreateEvalStoredCompletionsDataSourceConfig"]


class CreateEvalStoredCompletionsDataSourceConfig(OagenModel):
    """Deprecated in favor of LogsDataSourceConfig."""

    type: Literal["stored_completions"]
    """The type of data source. Always `stored_completions`.

    Server default: ``"stored_completions"``."""

    metadata: dict[str, Any] | None = None
    """Metadata filters for the stored completions data source."""
