"""MCPTool."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .mcp_tool_filter import MCPToolFilter, MCPToolFilterParam
from .mcp_tool_require_approval_variant1_mcp_tool_approval_filter import (
    MCPToolRequireApprovalVariant1MCPToolApprovalFilter,
    MCPToolRequireApprovalVariant1MCPToolApprovalFilterParam,
)

__all__ = ["MCPTool", "MCPToolParam"]


class MCPTool(OagenModel):
    """Give the model access to additional tools via remote Model Context Protocol
    (MCP) servers. [Learn more about MCP](/docs/guides/tools-remote-mcp)."""

    type: Literal["mcp"]
    """The type of the MCP tool. Always `mcp`."""

    server_label: str
    """A label for this MCP server, used to identify it in tool calls."""

    server_url: str | None = None
    """The URL for the MCP server. One of `server_url` or `connector_id` must be
    provided."""

    connector_id: (
        Literal[
            "connector_dropbox",
            "connector_gmail",
            "connector_googlecalendar",
            "connector_googledrive",
            "connector_microsoftteams",
            "connector_outlookcalendar",
            "connector_outlookemail",
            "connector_sharepoint",
        ]
        | str
        | None
    ) = None
    """Identifier for service connectors, like those available in ChatGPT. One of
    `server_url` or `connector_id` must be provided. Learn more about service
    connectors [here](/docs/guides/tools-remote-mcp#connectors).

    Currently supported `connector_id` values are:

    - Dropbox: `connector_dropbox`
    - Gmail: `connector_gmail`
    - Google Calendar: `connector_googlecalendar`
    - Google Drive: `connector_googledrive`
    - Microsoft Teams: `connector_microsoftteams`
    - Outlook Calendar: `connector_outlookcalendar`
    - Outlook Email: `connector_outlookemail`
    - SharePoint: `connector_sharepoint`"""

    authorization: str | None = None
    """An OAuth access token that can be used with a remote MCP server, either
    with a custom MCP server URL or a service connector. Your application
    must handle the OAuth authorization flow and provide the token here."""

    server_description: str | None = None
    """Optional description of the MCP server, used to provide more context."""

    headers: dict[str, str] | None = None

    allowed_tools: list[str] | MCPToolFilter | None = None

    require_approval: (
        MCPToolRequireApprovalVariant1MCPToolApprovalFilter
        | Literal["always", "never"]
        | str
        | None
    ) = None

    defer_loading: bool | None = None
    """Whether this MCP tool is deferred and discovered via tool search."""


class MCPToolParam(TypedDict, total=False):
    """Request form of :class:`MCPTool`: a dict a type checker can check."""

    type: Required[Literal["mcp"]]
    """The type of the MCP tool. Always `mcp`."""

    server_label: Required[str]
    """A label for this MCP server, used to identify it in tool calls."""

    server_url: str
    """The URL for the MCP server. One of `server_url` or `connector_id` must be
    provided."""

    connector_id: Literal[
        "connector_dropbox",
        "connector_gmail",
        "connector_googlecalendar",
        "connector_googledrive",
        "connector_microsoftteams",
        "connector_outlookcalendar",
        "connector_outlookemail",
        "connector_sharepoint",
    ]
    """Identifier for service connectors, like those available in ChatGPT. One of
    `server_url` or `connector_id` must be provided. Learn more about service
    connectors [here](/docs/guides/tools-remote-mcp#connectors).

    Currently supported `connector_id` values are:

    - Dropbox: `connector_dropbox`
    - Gmail: `connector_gmail`
    - Google Calendar: `connector_googlecalendar`
    - Google Drive: `connector_googledrive`
    - Microsoft Teams: `connector_microsoftteams`
    - Outlook Calendar: `connector_outlookcalendar`
    - Outlook Email: `connector_outlookemail`
    - SharePoint: `connector_sharepoint`"""

    authorization: str
    """An OAuth access token that can be used with a remote MCP server, either
    with a custom MCP server URL or a service connector. Your application
    must handle the OAuth authorization flow and provide the token here."""

    server_description: str
    """Optional description of the MCP server, used to provide more context."""

    headers: Mapping[str, str] | None

    allowed_tools: Sequence[str] | MCPToolFilterParam | MCPToolFilter | None

    require_approval: (
        MCPToolRequireApprovalVariant1MCPToolApprovalFilterParam
        | MCPToolRequireApprovalVariant1MCPToolApprovalFilter
        | Literal["always", "never"]
        | None
    )

    defer_loading: bool
    """Whether this MCP tool is deferred and discovered via tool search."""
