"""NamespaceToolParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .namespace_tool_param_tools_item import NamespaceToolParamToolsItem

__all__ = ["NamespaceToolParam"]


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
