"""MCPToolRequireApprovalVariant1MCPToolApprovalFilter."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .mcp_tool_filter import MCPToolFilter, MCPToolFilterParam

__all__ = [
    "MCPToolRequireApprovalVariant1MCPToolApprovalFilter",
    "MCPToolRequireApprovalVariant1MCPToolApprovalFilterParam",
]


class MCPToolRequireApprovalVariant1MCPToolApprovalFilter(OagenModel):
    """Specify which of the MCP server's tools require approval. Can be
    `always`, `never`, or a filter object associated with tools
    that require approval."""

    always: MCPToolFilter | None = None

    never: MCPToolFilter | None = None


class MCPToolRequireApprovalVariant1MCPToolApprovalFilterParam(TypedDict, total=False):
    """Request form of :class:`MCPToolRequireApprovalVariant1MCPToolApprovalFilter`: a dict a type checker can check."""

    always: MCPToolFilterParam | MCPToolFilter

    never: MCPToolFilterParam | MCPToolFilter
