"""DeletedRoleAssignmentResource."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["DeletedRoleAssignmentResource"]


class DeletedRoleAssignmentResource(OagenModel):
    """Confirmation payload returned after unassigning a role."""

    object: str
    """Identifier for the deleted assignment, such as `group.role.deleted` or `user.role.deleted`."""

    deleted: bool
    """Whether the assignment was removed."""
