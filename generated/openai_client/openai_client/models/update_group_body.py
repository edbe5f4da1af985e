"""UpdateGroupBody."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["UpdateGroupBody", "UpdateGroupBodyParam"]


class UpdateGroupBody(OagenModel):
    """Request payload for updating the details of an existing group."""

    name: str
    """New display name for the group."""


class UpdateGroupBodyParam(TypedDict, total=False):
    """Request form of :class:`UpdateGroupBody`: a dict a type checker can check."""

    name: Required[str]
    """New display name for the group."""
