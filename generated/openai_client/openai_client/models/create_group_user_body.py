"""CreateGroupUserBody."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["CreateGroupUserBody"]


class CreateGroupUserBody(OagenModel):
    """Request payload for adding a user to a group."""

    user_id: str
    """Identifier of the user to add to the group."""
