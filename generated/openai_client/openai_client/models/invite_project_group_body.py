"""InviteProjectGroupBody."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["InviteProjectGroupBody"]


class InviteProjectGroupBody(OagenModel):
    """Request payload for granting a group access to a project."""

    group_id: str
    """Identifier of the group to add to the project."""

    role: str
    """Identifier of the project role to grant to the group."""
