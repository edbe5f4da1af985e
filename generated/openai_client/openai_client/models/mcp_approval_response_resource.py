"""MCPApprovalResponseResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["MCPApprovalResponseResource"]


class MCPApprovalResponseResource(OagenModel):
    """A response to an MCP approval request."""

    type: Literal["mcp_approval_response"]
    """The type of the item. Always `mcp_approval_response`."""

    id: str
    """The unique ID of the approval response"""

    approval_request_id: str
    """The ID of the approval request being answered."""

    approve: bool
    """Whether the request was approved."""

    reason: str | None = None
