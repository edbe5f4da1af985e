"""MCPListToolsTool."""

from __future__ import annotations

from typing import Any

from .._models import OagenModel

__all__ = ["MCPListToolsTool"]


class MCPListToolsTool(OagenModel):
    """A tool available on an MCP server."""

    name: str
    """The name of the tool."""

    description: str | None = None

    input_schema: dict[str, Any]
    """The JSON schema describing the tool's input."""

    annotations: dict[str, Any] | None = None
