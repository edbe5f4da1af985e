"""InviteListResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .invite import Invite

__all__ = ["InviteListResponse"]


class InviteListResponse(OagenModel):
    """InviteListResponse"""

    object: Literal["list"]
    """The object type, which is always `list`"""

    data: list[Invite]

    first_id: str | None = None
    """The first `invite_id` in the retrieved `list`"""

    last_id: str | None = None
    """The last `invite_id` in the retrieved `list`"""

    has_more: bool
    """The `has_more` property is used for pagination to indicate there are additional results."""
