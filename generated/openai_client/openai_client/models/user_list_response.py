"""UserListResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .user import User

__all__ = ["UserListResponse"]


class UserListResponse(OagenModel):
    """UserListResponse"""

    object: Literal["list"]

    data: list[User]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool
