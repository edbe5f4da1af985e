"""ApplyPatchUpdateFileOperation."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ApplyPatchUpdateFileOperation"]


class ApplyPatchUpdateFileOperation(OagenModel):
    """Instruction describing how to update a file via the apply_patch tool."""

    type: Literal["update_file"]
    """Update an existing file with the provided diff.

    Server default: ``"update_file"``."""

    path: str
    """Path of the file to update."""

    diff: str
    """Diff to apply."""
