"""ProjectModelPermissionsDeleteResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ProjectModelPermissionsDeleteResponse"]


class ProjectModelPermissionsDeleteResponse(OagenModel):
    """Confirmation payload returned after deleting project model permissions."""

    object: Literal["project.model_permissions.deleted"]
    """The object type, which is always `project.model_permissions.deleted`."""

    deleted: bool
    """Whether the project model permissions were deleted."""
