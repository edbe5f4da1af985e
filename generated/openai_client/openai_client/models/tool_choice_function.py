"""ToolChoiceFunction."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ToolChoiceFunction", "ToolChoiceFunctionParam"]


class ToolChoiceFunction(OagenModel):
    """Use this option to force the model to call a specific function."""

    type: Literal["function"]
    """For function calling, the type is always `function`."""

    name: str
    """The name of the function to call."""


class ToolChoiceFunctionParam(TypedDict, total=False):
    """Request form of :class:`ToolChoiceFunction`: a dict a type checker can check."""

    type: Required[Literal["function"]]
    """For function calling, the type is always `function`."""

    name: Required[str]
    """The name of the function to call."""
