"""RealtimeServerEventMCPListToolsFailed."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeServerEventMCPListToolsFailed"]


class RealtimeServerEventMCPListToolsFailed(OagenModel):
    """Returned when listing MCP tools has failed for an item."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["mcp_list_tools.failed"]
    """The event type, must be `mcp_list_tools.failed`."""

    item_id: str
    """The ID of the MCP list tools item."""
