"""AuditLogCheckpointPermissionCreatedData."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogCheckpointPermissionCreatedData"]


class AuditLogCheckpointPermissionCreatedData(OagenModel):
    """The payload used to create the checkpoint permission."""

    project_id: str | None = None
    """The ID of the project that the checkpoint permission was created for."""

    fine_tuned_model_checkpoint: str | None = None
    """The ID of the fine-tuned model checkpoint."""
