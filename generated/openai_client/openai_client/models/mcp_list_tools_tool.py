"""MCPListToolsTool."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["MCPListToolsTool", "MCPListToolsToolParam"]


class MCPListToolsTool(OagenModel):
    """A tool available on an MCP server."""

    name: str
    """The name of the tool."""

    description: str | None = None

    input_schema: dict[str, Any]
    """The JSON schema describing the tool's input."""

    annotations: dict[str, Any] | None = None


class MCPListToolsToolParam(TypedDict, total=False):
    """Request form of :class:`MCPListToolsTool`: a dict a type checker can check."""

    name: Required[str]
    """The name of the tool."""

    description: str | None

    input_schema: Required[Mapping[str, Any]]
    """The JSON schema describing the tool's input."""

    annotations: Mapping[str, Any] | None
