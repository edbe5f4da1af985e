"""PublicUpdateOrganizationRoleBody."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["PublicUpdateOrganizationRoleBody", "PublicUpdateOrganizationRoleBodyParam"]


class PublicUpdateOrganizationRoleBody(OagenModel):
    """Request payload for updating an existing role."""

    permissions: list[str] | None = None
    """Updated set of permissions for the role."""

    description: str | None = None
    """New description for the role."""

    role_name: str | None = None
    """New name for the role."""


class PublicUpdateOrganizationRoleBodyParam(TypedDict, total=False):
    """Request form of :class:`PublicUpdateOrganizationRoleBody`: a dict a type checker can check."""

    permissions: Sequence[str] | None
    """Updated set of permissions for the role."""

    description: str | None
    """New description for the role."""

    role_name: str | None
    """New name for the role."""
