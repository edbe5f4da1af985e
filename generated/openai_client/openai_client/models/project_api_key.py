"""ProjectApiKey."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .project_api_key_owner import ProjectApiKeyOwner

__all__ = ["ProjectApiKey"]


class ProjectApiKey(OagenModel):
    """Represents an individual API key in a project."""

    object: Literal["organization.project.api_key"]
    """The object type, which is always `organization.project.api_key`"""

    redacted_value: str
    """The redacted value of the API key"""

    name: str
    """The name of the API key"""

    created_at: int
    """The Unix timestamp (in seconds) of when the API key was created"""

    last_used_at: int | None
    """The Unix timestamp (in seconds) of when the API key was last used."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    owner: ProjectApiKeyOwner
