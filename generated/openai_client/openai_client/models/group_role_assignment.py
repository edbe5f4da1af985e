"""GroupRoleAssignment."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .group import Group
from .role import Role

__all__ = ["GroupRoleAssignment"]


class GroupRoleAssignment(OagenModel):
    """Role assignment linking a group to a role."""

    object: Literal["group.role"]
    """Always `group.role`."""

    group: Group

    role: Role
