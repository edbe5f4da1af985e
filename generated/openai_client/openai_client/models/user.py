"""User."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .user_projects_variant1 import UserProjectsVariant1
from .user_user import UserUser

__all__ = ["User"]


class User(OagenModel):
    """Represents an individual `user` within an organization."""

    object: Literal["organization.user"]
    """The object type, which is always `organization.user`"""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: str | None = None
    """The name of the user"""

    email: str | None = None
    """The email address of the user"""

    role: str | None = None
    """`owner` or `reader`"""

    added_at: int
    """The Unix timestamp (in seconds) of when the user was added."""

    is_default: bool | None = None
    """Whether this is the organization's default user."""

    created: int | None = None
    """The Unix timestamp (in seconds) of when the user was created."""

    user: UserUser | None = None
    """Nested user details."""

    is_service_account: bool | None = None
    """Whether the user is a service account."""

    is_scale_tier_authorized_purchaser: bool | None = None
    """Whether the user is an authorized purchaser for Scale Tier."""

    is_scim_managed: bool | None = None
    """Whether the user is managed through SCIM."""

    api_key_last_used_at: int | None = None
    """The Unix timestamp (in seconds) of the user's last API key usage."""

    technical_level: str | None = None
    """The technical level metadata for the user."""

    developer_persona: str | None = None
    """The developer persona metadata for the user."""

    projects: UserProjectsVariant1 | None = None
    """Projects associated with the user, if included."""
