"""ResponseMCPCallArgumentsDoneEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseMCPCallArgumentsDoneEvent"]


class ResponseMCPCallArgumentsDoneEvent(OagenModel):
    """Emitted when the arguments for an MCP tool call are finalized."""

    type: Literal["response.mcp_call_arguments.done"]
    """The type of the event. Always 'response.mcp_call_arguments.done'."""

    output_index: int
    """The index of the output item in the response's output array."""

    item_id: str
    """The unique identifier of the MCP tool call item being processed."""

    arguments: str
    """A JSON string containing the finalized arguments for the MCP tool call."""

    sequence_number: int
    """The sequence number of this event."""
