"""MCPApprovalResponse."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["MCPApprovalResponse", "MCPApprovalResponseParam"]


class MCPApprovalResponse(OagenModel):
    """A response to an MCP approval request."""

    type: Literal["mcp_approval_response"]
    """The type of the item. Always `mcp_approval_response`."""

    id: str | None = None

    approval_request_id: str
    """The ID of the approval request being answered."""

    approve: bool
    """Whether the request was approved."""

    reason: str | None = None


class MCPApprovalResponseParam(TypedDict, total=False):
    """Request form of :class:`MCPApprovalResponse`: a dict a type checker can check."""

    type: Required[Literal["mcp_approval_response"]]
    """The type of the item. Always `mcp_approval_response`."""

    id: str | None

    approval_request_id: Required[str]
    """The ID of the approval request being answered."""

    approve: Required[bool]
    """Whether the request was approved."""

    reason: str | None
