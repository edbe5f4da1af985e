"""RealtimeFunctionTool."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["RealtimeFunctionTool", "RealtimeFunctionToolParam"]


class RealtimeFunctionTool(OagenModel):
    """Function tool"""

    type: Literal["function"] | None = None
    """The type of the tool, i.e. `function`."""

    name: str | None = None
    """The name of the function."""

    description: str | None = None
    """The description of the function, including guidance on when and how
    to call it, and guidance about what to tell the user when calling
    (if anything)."""

    parameters: dict[str, Any] | None = None
    """Parameters of the function in JSON Schema."""


class RealtimeFunctionToolParam(TypedDict, total=False):
    """Request form of :class:`RealtimeFunctionTool`: a dict a type checker can check."""

    type: Literal["function"]
    """The type of the tool, i.e. `function`."""

    name: str
    """The name of the function."""

    description: str
    """The description of the function, including guidance on when and how
    to call it, and guidance about what to tell the user when calling
    (if anything)."""

    parameters: Mapping[str, Any]
    """Parameters of the function in JSON Schema."""
