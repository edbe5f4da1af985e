"""UpdateGroupBody."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["UpdateGroupBody"]


class UpdateGroupBody(OagenModel):
    """Request payload for updating the details of an existing group."""

    name: str
    """New display name for the group."""
