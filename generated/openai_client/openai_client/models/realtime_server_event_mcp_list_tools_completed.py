"""RealtimeServerEventMCPListToolsCompleted."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeServerEventMCPListToolsCompleted"]


class RealtimeServerEventMCPListToolsCompleted(OagenModel):
    """Returned when listing MCP tools has completed for an item."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["mcp_list_tools.completed"]
    """The event type, must be `mcp_list_tools.completed`."""

    item_id: str
    """The ID of the MCP list tools item."""
