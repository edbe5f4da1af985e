"""Group."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["Group"]


class Group(OagenModel):
    """Summary information about a group returned in role assignment responses."""

    object: Literal["group"]
    """Always `group`."""

    id: str
    """Identifier for the group."""

    name: str
    """Display name of the group."""

    created_at: int
    """Unix timestamp (in seconds) when the group was created."""

    scim_managed: bool
    """Whether the group is managed through SCIM."""
