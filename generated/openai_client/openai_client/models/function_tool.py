"""FunctionTool."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["FunctionTool", "FunctionToolParam2"]


class FunctionTool(OagenModel):
    """Defines a function in your own code the model can choose to call. Learn more about [function calling](https://platform.openai.com/docs/guides/function-calling)."""

    type: Literal["function"]
    """The type of the function tool. Always `function`.

    Server default: ``"function"``."""

    name: str
    """The name of the function to call."""

    description: str | None = None

    parameters: dict[str, Any] | None

    strict: bool | None

    defer_loading: bool | None = None
    """Whether this function is deferred and loaded via tool search."""


class FunctionToolParam2(TypedDict, total=False):
    """Request form of :class:`FunctionTool`: a dict a type checker can check."""

    type: Required[Literal["function"]]
    """The type of the function tool. Always `function`."""

    name: Required[str]
    """The name of the function to call."""

    description: str | None

    parameters: Required[Mapping[str, Any] | None]

    strict: Required[bool | None]

    defer_loading: bool
    """Whether this function is deferred and loaded via tool search."""
