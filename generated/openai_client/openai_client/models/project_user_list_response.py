"""ProjectUserListResponse."""

from __future__ import annotations

from .._models import OagenModel
from .project_user import ProjectUser

__all__ = ["ProjectUserListResponse"]


class ProjectUserListResponse(OagenModel):
    """ProjectUserListResponse"""

    object: str

    data: list[ProjectUser]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool
