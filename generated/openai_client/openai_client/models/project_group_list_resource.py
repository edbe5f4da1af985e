"""ProjectGroupListResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .project_group import ProjectGroup

__all__ = ["ProjectGroupListResource"]


class ProjectGroupListResource(OagenModel):
    """Paginated list of groups that have access to a project."""

    object: Literal["list"]
    """Always `list`."""

    data: list[ProjectGroup]
    """Project group memberships returned in the current page."""

    has_more: bool
    """Whether additional project group memberships are available."""

    next: str | None
    """Cursor to fetch the next page of results, or `null` when there are no more results."""
