"""PublicCreateOrganizationRoleBody."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["PublicCreateOrganizationRoleBody", "PublicCreateOrganizationRoleBodyParam"]


class PublicCreateOrganizationRoleBody(OagenModel):
    """Request payload for creating a custom role."""

    role_name: str
    """Unique name for the role."""

    permissions: list[str]
    """Permissions to grant to the role."""

    description: str | None = None
    """Optional description of the role."""


class PublicCreateOrganizationRoleBodyParam(TypedDict, total=False):
    """Request form of :class:`PublicCreateOrganizationRoleBody`: a dict a type checker can check."""

    role_name: Required[str]
    """Unique name for the role."""

    permissions: Required[Sequence[str]]
    """Permissions to grant to the role."""

    description: str | None
    """Optional description of the role."""
