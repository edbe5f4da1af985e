"""UserRoleAssignment."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .role import Role
from .user import User

__all__ = ["UserRoleAssignment"]


class UserRoleAssignment(OagenModel):
    """Role assignment linking a user to a role."""

    object: Literal["user.role"]
    """Always `user.role`."""

    user: User

    role: Role
