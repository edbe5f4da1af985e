"""Project."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["Project"]


class Project(OagenModel):
    """Represents an individual project."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    object: Literal["organization.project"]
    """The object type, which is always `organization.project`"""

    name: str | None = None
    """The name of the project. This appears in reporting."""

    created_at: int
    """The Unix timestamp (in seconds) of when the project was created."""

    archived_at: int | None = None

    status: str | None = None
    """`active` or `archived`"""

    external_key_id: str | None = None
    """The external key associated with the project."""
