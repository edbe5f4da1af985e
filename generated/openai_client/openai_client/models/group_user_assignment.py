"""GroupUserAssignment."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["GroupUserAssignment"]


class GroupUserAssignment(OagenModel):
    """Confirmation payload returned after adding a user to a group."""

    object: Literal["group.user"]
    """Always `group.user`."""

    user_id: str
    """Identifier of the user that was added."""

    group_id: str
    """Identifier of the group the user was added to."""
