"""GroupResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["GroupResponse"]


class GroupResponse(OagenModel):
    """Details about an organization group."""

    id: str
    """Identifier for the group."""

    name: str
    """Display name of the group."""

    created_at: int
    """Unix timestamp (in seconds) when the group was created."""

    is_scim_managed: bool
    """Whether the group is managed through SCIM and controlled by your identity provider."""

    group_type: Literal["group", "tenant_group"] | str
    """The type of the group."""
