"""RoleDeletedResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RoleDeletedResource"]


class RoleDeletedResource(OagenModel):
    """Confirmation payload returned after deleting a role."""

    object: Literal["role.deleted"]
    """Always `role.deleted`."""

    id: str
    """Identifier of the deleted role."""

    deleted: bool
    """Whether the role was deleted."""
