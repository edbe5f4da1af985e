"""MCPListTools."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .mcp_list_tools_tool import MCPListToolsTool, MCPListToolsToolParam

__all__ = ["MCPListTools", "MCPListToolsParam"]


class MCPListTools(OagenModel):
    """A list of tools available on an MCP server."""

    type: Literal["mcp_list_tools"]
    """The type of the item. Always `mcp_list_tools`."""

    id: str
    """The unique ID of the list."""

    server_label: str
    """The label of the MCP server."""

    tools: list[MCPListToolsTool]
    """The tools available on the server."""

    error: str | None = None


class MCPListToolsParam(TypedDict, total=False):
    """Request form of :class:`MCPListTools`: a dict a type checker can check."""

    type: Required[Literal["mcp_list_tools"]]
    """The type of the item. Always `mcp_list_tools`."""

    id: Required[str]
    """The unique ID of the list."""

    server_label: Required[str]
    """The label of the MCP server."""

    tools: Required[Sequence[MCPListToolsToolParam | MCPListToolsTool]]
    """The tools available on the server."""

    error: str | None
