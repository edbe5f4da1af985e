"""ProjectHostedToolPermissionsUpdateRequest."""

from __future__ import annotations

from .._models import OagenModel
from .hosted_tool_permission_update import HostedToolPermissionUpdate

__all__ = ["ProjectHostedToolPermissionsUpdateRequest"]


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
