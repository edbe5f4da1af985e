"""ToolChoiceCustom."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ToolChoiceCustom", "ToolChoiceCustomParam"]


class ToolChoiceCustom(OagenModel):
    """Use this option to force the model to call a specific custom tool."""

    type: Literal["custom"]
    """For custom tool calling, the type is always `custom`."""

    name: str
    """The name of the custom tool to call."""


class ToolChoiceCustomParam(TypedDict, total=False):
    """Request form of :class:`ToolChoiceCustom`: a dict a type checker can check."""

    type: Required[Literal["custom"]]
    """For custom tool calling, the type is always `custom`."""

    name: Required[str]
    """The name of the custom tool to call."""
