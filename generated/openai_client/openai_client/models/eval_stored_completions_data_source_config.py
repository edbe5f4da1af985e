"""EvalStoredCompletionsDataSourceConfig."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import OagenModel
from .metadata import Metadata

__all__ = ["EvalStoredCompletionsDataSourceConfig"]


class EvalStoredCompletionsDataSourceConfig(OagenModel):
    """Deprecated in favor of LogsDataSourceConfig."""

    type: Literal["stored_completions"]
    """The type of data source. Always `stored_completions`.

    Server default: ``"stored_completions"``."""

    metadata: Metadata | None = None

    schema_: dict[str, Any] = Field(validation_alias="schema", serialization_alias="schema")
    """The json schema for the run data source items.
    Learn how to build JSON schemas [here](https://json-schema.org/)."""
