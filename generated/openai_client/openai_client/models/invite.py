"""Invite."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .invite_projects_item import InviteProjectsItem

__all__ = ["Invite"]


class Invite(OagenModel):
    """Represents an individual `invite` to the organization."""

    object: Literal["organization.invite"]
    """The object type, which is always `organization.invite`"""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    email: str
    """The email address of the individual to whom the invite was sent"""

    role: Literal["owner", "reader"] | str
    """`owner` or `reader`"""

    status: Literal["accepted", "expired", "pending"] | str
    """`accepted`,`expired`, or `pending`"""

    created_at: int
    """The Unix timestamp (in seconds) of when the invite was sent."""

    expires_at: int | None = None
    """The Unix timestamp (in seconds) of when the invite expires."""

    accepted_at: int | None = None
    """The Unix timestamp (in seconds) of when the invite was accepted."""

    projects: list[InviteProjectsItem]
    """The projects that were granted membership upon acceptance of the invite."""
