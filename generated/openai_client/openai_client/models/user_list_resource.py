"""UserListResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .group_user import GroupUser

__all__ = ["UserListResource"]


class UserListResource(OagenModel):
    """Paginated list of user objects returned when inspecting group membership."""

    object: Literal["list"]
    """Always `list`."""

    data: list[GroupUser]
    """Users in the current page."""

    has_more: bool
    """Whether more users are available when paginating."""

    next: str | None
    """Cursor to fetch the next page of results, or `null` when no further users are available."""
