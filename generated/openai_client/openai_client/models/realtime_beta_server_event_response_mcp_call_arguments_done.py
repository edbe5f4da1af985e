"""RealtimeBetaServerEventResponseMCPCallArgumentsDone."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeBetaServerEventResponseMCPCallArgumentsDone"]


class RealtimeBetaServerEventResponseMCPCallArgumentsDone(OagenModel):
    """Returned when MCP tool call arguments are finalized during response generation."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.mcp_call_arguments.done"]
    """The event type, must be `response.mcp_call_arguments.done`."""

    response_id: str
    """The ID of the response."""

    item_id: str
    """The ID of the MCP tool call item."""

    output_index: int
    """The index of the output item in the response."""

    arguments: str
    """The final JSON-encoded arguments string."""
