"""RealtimeBetaServerEventResponseMCPCallFailed."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeBetaServerEventResponseMCPCallFailed"]


class RealtimeBetaServerEventResponseMCPCallFailed(OagenModel):
    """Returned when an MCP tool call has failed."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.mcp_call.failed"]
    """The event type, must be `response.mcp_call.failed`."""

    output_index: int
    """The index of the output item in the response."""

    item_id: str
    """The ID of the MCP tool call item."""
