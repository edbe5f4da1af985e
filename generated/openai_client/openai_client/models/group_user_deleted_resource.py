"""GroupUserDeletedResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["GroupUserDeletedResource"]


class GroupUserDeletedResource(OagenModel):
    """Confirmation payload returned after removing a user from a group."""

    object: Literal["group.user.deleted"]
    """Always `group.user.deleted`."""

    deleted: bool
    """Whether the group membership was removed."""
