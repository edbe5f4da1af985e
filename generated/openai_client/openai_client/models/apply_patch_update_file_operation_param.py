"""ApplyPatchUpdateFileOperationParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ApplyPatchUpdateFileOperationParam", "ApplyPatchUpdateFileOperationParamParam"]


class ApplyPatchUpdateFileOperationParam(OagenModel):
    """Instruction for updating an existing file via the apply_patch tool."""

    type: Literal["update_file"]
    """The operation type. Always `update_file`.

    Server default: ``"update_file"``."""

    path: str
    """Path of the file to update relative to the workspace root."""

    diff: str
    """Unified diff content to apply to the existing file."""


class ApplyPatchUpdateFileOperationParamParam(TypedDict, total=False):
    """Request form of :class:`ApplyPatchUpdateFileOperationParam`: a dict a type checker can check."""

    type: Required[Literal["update_file"]]
    """The operation type. Always `update_file`."""

    path: Required[str]
    """Path of the file to update relative to the workspace root."""

    diff: Required[str]
    """Unified diff content to apply to the existing file."""
