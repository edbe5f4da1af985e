"""CreateGroupBody."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["CreateGroupBody"]


class CreateGroupBody(OagenModel):
    """Request payload for creating a new group in the organization."""

    name: str
    """Human readable name for the group."""
