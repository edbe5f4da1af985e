"""ResponseMCPListToolsInProgressEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseMCPListToolsInProgressEvent"]


class ResponseMCPListToolsInProgressEvent(OagenModel):
    """Emitted when the system is in the process of retrieving the list of available MCP tools."""

    type: Literal["response.mcp_list_tools.in_progress"]
    """The type of the event. Always 'response.mcp_list_tools.in_progress'."""

    item_id: str
    """The ID of the MCP tool call item that is being processed."""

    output_index: int
    """The index of the output item that is being processed."""

    sequence_number: int
    """The sequence number of this event."""
