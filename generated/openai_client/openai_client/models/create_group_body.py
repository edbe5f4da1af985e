"""CreateGroupBody."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["CreateGroupBody", "CreateGroupBodyParam"]


class CreateGroupBody(OagenModel):
    """Request payload for creating a new group in the organization."""

    name: str
    """Human readable name for the group."""


class CreateGroupBodyParam(TypedDict, total=False):
    """Request form of :class:`CreateGroupBody`: a dict a type checker can check."""

    name: Required[str]
    """Human readable name for the group."""
