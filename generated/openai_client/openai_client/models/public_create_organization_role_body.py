"""PublicCreateOrganizationRoleBody."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["PublicCreateOrganizationRoleBody"]


class PublicCreateOrganizationRoleBody(OagenModel):
    """Request payload for creating a custom role."""

    role_name: str
    """Unique name for the role."""

    permissions: list[str]
    """Permissions to grant to the role."""

    description: str | None = None
    """Optional description of the role."""
