"""FunctionToolParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .empty_model_param import EmptyModelParam

__all__ = ["FunctionToolParam"]


class FunctionToolParam(OagenModel):
    """FunctionToolParam"""

    name: str

    description: str | None = None

    parameters: EmptyModelParam | None = None

    strict: bool | None = None

    type: Literal["function"]
    """Server default: ``"function"``."""

    defer_loading: bool | None = None
    """Whether this function should be deferred and discovered via tool search."""
