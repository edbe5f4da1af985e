"""MCPToolFilter."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["MCPToolFilter", "MCPToolFilterParam"]


class MCPToolFilter(OagenModel):
    """A filter object to specify which tools are allowed."""

    tool_names: list[str] | None = None
    """List of allowed tool names."""

    read_only: bool | None = None
    """Indicates whether or not a tool modifies data or is read-only. If an
    MCP server is [annotated with `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
    it will match this filter."""


class MCPToolFilterParam(TypedDict, total=False):
    """Request form of :class:`MCPToolFilter`: a dict a type checker can check."""

    tool_names: Sequence[str]
    """List of allowed tool names."""

    read_only: bool
    """Indicates whether or not a tool modifies data or is read-only. If an
    MCP server is [annotated with `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
    it will match this filter."""
