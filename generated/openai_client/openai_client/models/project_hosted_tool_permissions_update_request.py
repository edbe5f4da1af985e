"""ProjectHostedToolPermissionsUpdateRequest."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .hosted_tool_permission_update import (
    HostedToolPermissionUpdate,
    HostedToolPermissionUpdateParam,
)

__all__ = [
    "ProjectHostedToolPermissionsUpdateRequest",
    "ProjectHostedToolPermissionsUpdateRequestParam",
]


class ProjectHostedToolPermissionsUpdateRequest(OagenModel):
    """ProjectHostedToolPermissionsUpdateRequest"""

    file_search: HostedToolPermissionUpdate | None = None
    """The file search permission update."""

    web_search: HostedToolPermissionUpdate | None = None
    """The web search permission update."""

    image_generation: HostedToolPermissionUpdate | None = None
    """The image generation permission update."""

    mcp: HostedToolPermissionUpdate | None = None
    """The MCP permission update."""

    code_interpreter: HostedToolPermissionUpdate | None = None
    """The code interpreter permission update."""


class ProjectHostedToolPermissionsUpdateRequestParam(TypedDict, total=False):
    """Request form of :class:`ProjectHostedToolPermissionsUpdateRequest`: a dict a type checker can check."""

    file_search: HostedToolPermissionUpdateParam | HostedToolPermissionUpdate | None
    """The file search permission update."""

    web_search: HostedToolPermissionUpdateParam | HostedToolPermissionUpdate | None
    """The web search permission update."""

    image_generation: HostedToolPermissionUpdateParam | HostedToolPermissionUpdate | None
    """The image generation permission update."""

    mcp: HostedToolPermissionUpdateParam | HostedToolPermissionUpdate | None
    """The MCP permission update."""

    code_interpreter: HostedToolPermissionUpdateParam | HostedToolPermissionUpdate | None
    """The code interpreter permission update."""
