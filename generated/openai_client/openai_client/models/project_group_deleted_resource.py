"""ProjectGroupDeletedResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ProjectGroupDeletedResource"]


class ProjectGroupDeletedResource(OagenModel):
    """Confirmation payload returned after removing a group from a project."""

    object: Literal["project.group.deleted"]
    """Always `project.group.deleted`."""

    deleted: bool
    """Whether the group membership in the project was removed."""
