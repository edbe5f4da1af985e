"""CreateGroupUserBody."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["CreateGroupUserBody", "CreateGroupUserBodyParam"]


class CreateGroupUserBody(OagenModel):
    """Request payload for adding a user to a group."""

    user_id: str
    """Identifier of the user to add to the group."""


class CreateGroupUserBodyParam(TypedDict, total=False):
    """Request form of :class:`CreateGroupUserBody`: a dict a type checker can check."""

    user_id: Required[str]
    """Identifier of the user to add to the group."""
