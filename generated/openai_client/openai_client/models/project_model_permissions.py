"""ProjectModelPermissions."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ProjectModelPermissions"]


class ProjectModelPermissions(OagenModel):
    """Represents the model allowlist or denylist policy for a project."""

    object: Literal["project.model_permissions"]
    """The object type, which is always `project.model_permissions`."""

    mode: Literal["allow_list", "deny_list"] | str
    """Whether the project uses an allowlist or a denylist."""

    model_ids: list[str]
    """The model IDs included in the model permissions policy."""
