"""UserDeleteResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["UserDeleteResponse"]


class UserDeleteResponse(OagenModel):
    """UserDeleteResponse"""

    object: Literal["organization.user.deleted"]

    id: str

    deleted: bool
