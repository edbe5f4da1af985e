"""PublicUpdateOrganizationRoleBody."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["PublicUpdateOrganizationRoleBody"]


class PublicUpdateOrganizationRoleBody(OagenModel):
    """Request payload for updating an existing role."""

    permissions: list[str] | None = None
    """Updated set of permissions for the role."""

    description: str | None = None
    """New description for the role."""

    role_name: str | None = None
    """New name for the role."""
