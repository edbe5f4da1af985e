"""ProjectHostedToolPermissions."""

from __future__ import annotations

from .._models import OagenModel
from .hosted_tool_permission import HostedToolPermission

__all__ = ["ProjectHostedToolPermissions"]


class ProjectHostedToolPermissions(OagenModel):
    """Represents hosted tool permissions for a project."""

    file_search: HostedToolPermission

    web_search: HostedToolPermission

    image_generation: HostedToolPermission

    mcp: HostedToolPermission

    code_interpreter: HostedToolPermission
