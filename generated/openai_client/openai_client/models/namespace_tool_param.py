"""NamespaceToolParam."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .namespace_tool_param_tools_item import (
    NamespaceToolParamToolsItem,
    NamespaceToolParamToolsItemParam,
)

__all__ = ["NamespaceToolParam", "NamespaceToolParamParam"]


class NamespaceToolParam(OagenModel):
    """Groups function/custom tools under a shared namespace."""

    type: Literal["namespace"]
    """The type of the tool. Always `namespace`.

    Server default: ``"namespace"``."""

    name: str
    """The namespace name used in tool calls (for example, `crm`)."""

    description: str
    """A description of the namespace shown to the model."""

    tools: list[NamespaceToolParamToolsItem]
    """The function/custom tools available inside this namespace."""


class NamespaceToolParamParam(TypedDict, total=False):
    """Request form of :class:`NamespaceToolParam`: a dict a type checker can check."""

    type: Required[Literal["namespace"]]
    """The type of the tool. Always `namespace`."""

    name: Required[str]
    """The namespace name used in tool calls (for example, `crm`)."""

    description: Required[str]
    """A description of the namespace shown to the model."""

    tools: Required[Sequence[NamespaceToolParamToolsItemParam]]
    """The function/custom tools available inside this namespace."""
