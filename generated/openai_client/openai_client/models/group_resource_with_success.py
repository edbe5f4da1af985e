"""GroupResourceWithSuccess."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["GroupResourceWithSuccess"]


class GroupResourceWithSuccess(OagenModel):
    """Response returned after updating a group."""

    id: str
    """Identifier for the group."""

    name: str
    """Updated display name for the group."""

    created_at: int
    """Unix timestamp (in seconds) when the group was created."""

    is_scim_managed: bool
    """Whether the group is managed through SCIM and controlled by your identity provider."""
