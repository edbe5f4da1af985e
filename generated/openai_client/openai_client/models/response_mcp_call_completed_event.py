"""ResponseMCPCallCompletedEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseMCPCallCompletedEvent"]


class ResponseMCPCallCompletedEvent(OagenModel):
    """Emitted when an MCP  tool call has completed successfully."""

    type: Literal["response.mcp_call.completed"]
    """The type of the event. Always 'response.mcp_call.completed'."""

    item_id: str
    """The ID of the MCP tool call item that completed."""

    output_index: int
    """The index of the output item that completed."""

    sequence_number: int
    """The sequence number of this event."""
