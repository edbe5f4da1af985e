"""UserUser."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["UserUser"]


class UserUser(OagenModel):
    """Nested user details."""

    object: Literal["user"]

    id: str

    email: str | None = None

    name: str | None = None

    picture: str | None = None

    enabled: bool | None = None

    banned: bool | None = None

    banned_at: int | None = None
