"""ApplyPatchCreateFileOperationParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ApplyPatchCreateFileOperationParam"]


class ApplyPatchCreateFileOperationParam(OagenModel):
    """Instruction for creating a new file via the apply_patch tool."""

    type: Literal["create_file"]
    """The operation type. Always `create_file`.

    Server default: ``"create_file"``."""

    path: str
    """Path of the file to create relative to the workspace root."""

    diff: str
    """Unified diff content to apply when creating the file."""
