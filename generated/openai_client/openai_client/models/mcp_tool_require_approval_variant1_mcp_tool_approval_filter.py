"""MCPToolRequireApprovalVariant1MCPToolApprovalFilter."""

from __future__ import annotations

from .._models import OagenModel
from .mcp_tool_filter import MCPToolFilter

__all__ = ["MCPToolRequireApprovalVariant1MCPToolApprovalFilter"]


class MCPToolRequireApprovalVariant1MCPToolApprovalFilter(OagenModel):
    """Specify which of the MCP server's tools require approval. Can be
    `always`, `never`, or a filter object associated with tools
    that require approval."""

    always: MCPToolFilter | None = None

    never: MCPToolFilter | None = None
