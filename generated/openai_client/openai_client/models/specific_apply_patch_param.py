"""SpecificApplyPatchParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["SpecificApplyPatchParam"]


class SpecificApplyPatchParam(OagenModel):
    """Forces the model to call the apply_patch tool when executing a tool call."""

    type: Literal["apply_patch"]
    """The tool to call. Always `apply_patch`.

    Server default: ``"apply_patch"``."""
