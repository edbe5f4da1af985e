"""RealtimeMCPToolCall."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_mcp_tool_call_error_variant1 import RealtimeMCPToolCallErrorVariant1

__all__ = ["RealtimeMCPToolCall"]


class RealtimeMCPToolCall(OagenModel):
    """A Realtime item representing an invocation of a tool on an MCP server."""

    type: Literal["mcp_call"]
    """The type of the item. Always `mcp_call`."""

    id: str
    """The unique ID of the tool call."""

    server_label: str
    """The label of the MCP server running the tool."""

    name: str
    """The name of the tool that was run."""

    arguments: str
    """A JSON string of the arguments passed to the tool."""

    approval_request_id: str | None = None

    output: str | None = None

    error: RealtimeMCPToolCallErrorVariant1 | None = None
