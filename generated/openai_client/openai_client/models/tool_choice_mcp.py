"""ToolChoiceMCP."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ToolChoiceMCP", "ToolChoiceMCPParam"]


class ToolChoiceMCP(OagenModel):
    """Use this option to force the model to call a specific tool on a remote MCP server."""

    type: Literal["mcp"]
    """For MCP tools, the type is always `mcp`."""

    server_label: str
    """The label of the MCP server to use."""

    name: str | None = None


class ToolChoiceMCPParam(TypedDict, total=False):
    """Request form of :class:`ToolChoiceMCP`: a dict a type checker can check."""

    type: Required[Literal["mcp"]]
    """For MCP tools, the type is always `mcp`."""

    server_label: Required[str]
    """The label of the MCP server to use."""

    name: str | None
