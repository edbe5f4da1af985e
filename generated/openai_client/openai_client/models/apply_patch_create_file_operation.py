"""ApplyPatchCreateFileOperation."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ApplyPatchCreateFileOperation"]


class ApplyPatchCreateFileOperation(OagenModel):
    """Instruction describing how to create a file via the apply_patch tool."""

    type: Literal["create_file"]
    """Create a new file with the provided diff.

    Server default: ``"create_file"``."""

    path: str
    """Path of the file to create."""

    diff: str
    """Diff to apply."""
