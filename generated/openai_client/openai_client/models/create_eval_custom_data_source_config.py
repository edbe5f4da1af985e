"""CreateEvalCustomDataSourceConfig."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["CreateEvalCustomDataSourceConfig", "CreateEvalCustomDataSourceConfigParam"]


class CreateEvalCustomDataSourceConfig(OagenModel):
    """A CustomDataSourceConfig object that defines the schema for the data source used for the evaluation runs.
    This schema is used to define the shape of the data that will be:
    - Used to define your testing criteria and
    - What data is required when creating a run"""

    type: Literal["custom"]
    """The type of data source. Always `custom`.

    Server default: ``"custom"``."""

    item_schema: dict[str, Any]
    """The json schema for each row in the data source."""

    include_sample_schema: bool | None = None
    """Whether the eval should expect you to populate the sample namespace (ie, by generating responses off of your data source)

    Server default: ``False``."""


class CreateEvalCustomDataSourceConfigParam(TypedDict, total=False):
    """Request form of :class:`CreateEvalCustomDataSourceConfig`: a dict a type checker can check."""

    type: Required[Literal["custom"]]
    """The type of data source. Always `custom`."""

    item_schema: Required[Mapping[str, Any]]
    """The json schema for each row in the data source."""

    include_sample_schema: bool
    """Whether the eval should expect you to populate the sample namespace (ie, by generating responses off of your data source)"""
