"""FunctionToolParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .empty_model_param import EmptyModelParam

__all__ = ["FunctionToolParam", "FunctionToolParamParam"]


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


class FunctionToolParamParam(TypedDict, total=False):
    """Request form of :class:`FunctionToolParam`: a dict a type checker can check."""

    name: Required[str]

    description: str | None

    parameters: EmptyModelParam | None

    strict: bool | None

    type: Required[Literal["function"]]

    defer_loading: bool
    """Whether this function should be deferred and discovered via tool search."""
