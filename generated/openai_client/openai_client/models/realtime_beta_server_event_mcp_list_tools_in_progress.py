"""RealtimeBetaServerEventMCPListToolsInProgress."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeBetaServerEventMCPListToolsInProgress"]


class RealtimeBetaServerEventMCPListToolsInProgress(OagenModel):
    """Returned when listing MCP tools is in progress for an item."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["mcp_list_tools.in_progress"]
    """The event type, must be `mcp_list_tools.in_progress`."""

    item_id: str
    """The ID of the MCP list tools item."""
