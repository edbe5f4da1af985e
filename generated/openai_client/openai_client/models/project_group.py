"""ProjectGroup."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ProjectGroup"]


class ProjectGroup(OagenModel):
    """Details about a group's membership in a project."""

    object: Literal["project.group"]
    """Always `project.group`."""

    project_id: str
    """Identifier of the project."""

    group_id: str
    """Identifier of the group that has access to the project."""

    group_name: str
    """Display name of the group."""

    group_type: Literal["group", "tenant_group"] | str
    """The type of the group."""

    created_at: int
    """Unix timestamp (in seconds) when the group was granted project access."""
