"""ToolChoiceMCP."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ToolChoiceMCP"]


class ToolChoiceMCP(OagenModel):
    """Use this option to force the model to call a specific tool on a remote MCP server."""

    type: Literal["mcp"]
    """For MCP tools, the type is always `mcp`."""

    server_label: str
    """The label of the MCP server to use."""

    name: str | None = None
