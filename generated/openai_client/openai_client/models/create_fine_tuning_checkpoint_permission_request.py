"""CreateFineTuningCheckpointPermissionRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["CreateFineTuningCheckpointPermissionRequest"]


class CreateFineTuningCheckpointPermissionRequest(OagenModel):
    """CreateFineTuningCheckpointPermissionRequest"""

    project_ids: list[str]
    """The project identifiers to grant access to."""
