"""ApplyPatchDeleteFileOperation."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ApplyPatchDeleteFileOperation"]


class ApplyPatchDeleteFileOperation(OagenModel):
    """Instruction describing how to delete a file via the apply_patch tool."""

    type: Literal["delete_file"]
    """Delete the specified file.

    Server default: ``"delete_file"``."""

    path: str
    """Path of the file to delete."""
