"""MCPListTools."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .mcp_list_tools_tool import MCPListToolsTool

__all__ = ["MCPListTools"]


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
