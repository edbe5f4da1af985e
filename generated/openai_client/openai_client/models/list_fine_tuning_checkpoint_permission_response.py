"""ListFineTuningCheckpointPermissionResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .fine_tuning_checkpoint_permission import FineTuningCheckpointPermission

__all__ = ["ListFineTuningCheckpointPermissionResponse"]


class ListFineTuningCheckpointPermissionResponse(OagenModel):
    """ListFineTuningCheckpointPermissionResponse"""

    data: list[FineTuningCheckpointPermission]

    object: Literal["list"]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool
