"""ApplyPatchDeleteFileOperationParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ApplyPatchDeleteFileOperationParam"]


class ApplyPatchDeleteFileOperationParam(OagenModel):
    """Instruction for deleting an existing file via the apply_patch tool."""

    type: Literal["delete_file"]
    """The operation type. Always `delete_file`.

    Server default: ``"delete_file"``."""

    path: str
    """Path of the file to delete relative to the workspace root."""
