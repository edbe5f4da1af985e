"""PublicAssignOrganizationGroupRoleBody."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["PublicAssignOrganizationGroupRoleBody"]


class PublicAssignOrganizationGroupRoleBody(OagenModel):
    """Request payload for assigning a role to a group or user."""

    role_id: str
    """Identifier of the role to assign."""
