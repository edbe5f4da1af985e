"""RealtimeServerEventResponseMCPCallInProgress."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeServerEventResponseMCPCallInProgress"]


class RealtimeServerEventResponseMCPCallInProgress(OagenModel):
    """Returned when an MCP tool call has started and is in progress."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.mcp_call.in_progress"]
    """The event type, must be `response.mcp_call.in_progress`."""

    output_index: int
    """The index of the output item in the response."""

    item_id: str
    """The ID of the MCP tool call item."""
