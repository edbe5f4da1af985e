"""ApplyPatchToolParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ApplyPatchToolParam", "ApplyPatchToolParamParam"]


class ApplyPatchToolParam(OagenModel):
    """Allows the assistant to create, delete, or update files using unified diffs."""

    type: Literal["apply_patch"]
    """The type of the tool. Always `apply_patch`.

    Server default: ``"apply_patch"``."""


class ApplyPatchToolParamParam(TypedDict, total=False):
    """Request form of :class:`ApplyPatchToolParam`: a dict a type checker can check."""

    type: Required[Literal["apply_patch"]]
    """The type of the tool. Always `apply_patch`."""
