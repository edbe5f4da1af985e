"""ProjectApiKeyOwnerServiceAccount."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ProjectApiKeyOwnerServiceAccount"]


class ProjectApiKeyOwnerServiceAccount(OagenModel):
    """The service account that owns a project API key."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: str
    """The name of the service account."""

    created_at: int
    """The Unix timestamp (in seconds) of when the service account was created."""

    role: str
    """The service account's project role."""
