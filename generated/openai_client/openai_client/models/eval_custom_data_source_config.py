"""EvalCustomDataSourceConfig."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import OagenModel

__all__ = ["EvalCustomDataSourceConfig"]


class EvalCustomDataSourceConfig(OagenModel):
    """A CustomDataSourceConfig which specifies the schema of your `item` and optionally `sample` namespaces.
    The response schema defines the shape of the data that will be:
    - Used to define your testing criteria and
    - What data is required when creating a run"""

    type: Literal["custom"]
    """The type of data source. Always `custom`.

    Server default: ``"custom"``."""

    schema_: dict[str, Any] = Field(validation_alias="schema", serialization_alias="schema")
    """The json schema for the run data source items.
    Learn how to build JSON schemas [here](https://json-schema.org/)."""
