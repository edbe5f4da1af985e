"""GroupUser."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["GroupUser"]


class GroupUser(OagenModel):
    """Represents an individual user returned when inspecting group membership."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: str
    """The name of the user."""

    email: str | None
    """The email address of the user."""
