"""InviteDeleteResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["InviteDeleteResponse"]


class InviteDeleteResponse(OagenModel):
    """InviteDeleteResponse"""

    object: Literal["organization.invite.deleted"]
    """The object type, which is always `organization.invite.deleted`"""

    id: str

    deleted: bool
