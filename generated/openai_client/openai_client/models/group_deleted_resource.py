"""GroupDeletedResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["GroupDeletedResource"]


class GroupDeletedResource(OagenModel):
    """Confirmation payload returned after deleting a group."""

    object: Literal["group.deleted"]
    """Always `group.deleted`."""

    id: str
    """Identifier of the deleted group."""

    deleted: bool
    """Whether the group was deleted."""
