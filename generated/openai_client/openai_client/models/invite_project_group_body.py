"""InviteProjectGroupBody."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["InviteProjectGroupBody", "InviteProjectGroupBodyParam"]


class InviteProjectGroupBody(OagenModel):
    """Request payload for granting a group access to a project."""

    group_id: str
    """Identifier of the group to add to the project."""

    role: str
    """Identifier of the project role to grant to the group."""


class InviteProjectGroupBodyParam(TypedDict, total=False):
    """Request form of :class:`InviteProjectGroupBody`: a dict a type checker can check."""

    group_id: Required[str]
    """Identifier of the group to add to the project."""

    role: Required[str]
    """Identifier of the project role to grant to the group."""
