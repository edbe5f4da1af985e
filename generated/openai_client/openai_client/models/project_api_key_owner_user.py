"""ProjectApiKeyOwnerUser."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ProjectApiKeyOwnerUser"]


class ProjectApiKeyOwnerUser(OagenModel):
    """The user that owns a project API key."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    email: str
    """The email address of the user."""

    name: str
    """The name of the user."""

    created_at: int
    """The Unix timestamp (in seconds) of when the user was created."""

    role: str
    """The user's project role."""
