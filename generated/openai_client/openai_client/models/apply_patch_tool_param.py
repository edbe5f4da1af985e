"""ApplyPatchToolParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ApplyPatchToolParam"]


class ApplyPatchToolParam(OagenModel):
    """Allows the assistant to create, delete, or update files using unified diffs."""

    type: Literal["apply_patch"]
    """The type of the tool. Always `apply_patch`.

    Server default: ``"apply_patch"``."""
