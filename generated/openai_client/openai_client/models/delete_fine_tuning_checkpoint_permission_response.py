"""DeleteFineTuningCheckpointPermissionResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["DeleteFineTuningCheckpointPermissionResponse"]


class DeleteFineTuningCheckpointPermissionResponse(OagenModel):
    """DeleteFineTuningCheckpointPermissionResponse"""

    id: str
    """The ID of the fine-tuned model checkpoint permission that was deleted."""

    object: Literal["checkpoint.permission"]
    """The object type, which is always "checkpoint.permission"."""

    deleted: bool
    """Whether the fine-tuned model checkpoint permission was successfully deleted."""
