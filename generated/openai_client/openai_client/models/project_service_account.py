"""ProjectServiceAccount."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ProjectServiceAccount"]


class ProjectServiceAccount(OagenModel):
    """Represents an individual service account in a project."""

    object: Literal["organization.project.service_account"]
    """The object type, which is always `organization.project.service_account`"""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: str
    """The name of the service account"""

    role: Literal["owner", "member"] | str
    """`owner` or `member`"""

    created_at: int
    """The Unix timestamp (in seconds) of when the service account was created"""
