"""AssignedRoleDetailsAssignmentSourcesArrayItem."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AssignedRoleDetailsAssignmentSourcesArrayItem"]


class AssignedRoleDetailsAssignmentSourcesArrayItem(OagenModel):
    """AssignedRoleDetailsAssignmentSourcesArrayItem"""

    principal_id: str

    principal_type: str
