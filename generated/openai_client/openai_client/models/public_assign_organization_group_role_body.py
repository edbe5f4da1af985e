"""PublicAssignOrganizationGroupRoleBody."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["PublicAssignOrganizationGroupRoleBody", "PublicAssignOrganizationGroupRoleBodyParam"]


class PublicAssignOrganizationGroupRoleBody(OagenModel):
    """Request payload for assigning a role to a group or user."""

    role_id: str
    """Identifier of the role to assign."""


class PublicAssignOrganizationGroupRoleBodyParam(TypedDict, total=False):
    """Request form of :class:`PublicAssignOrganizationGroupRoleBody`: a dict a type checker can check."""

    role_id: Required[str]
    """Identifier of the role to assign."""
