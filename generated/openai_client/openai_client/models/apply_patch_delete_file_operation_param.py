"""ApplyPatchDeleteFileOperationParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ApplyPatchDeleteFileOperationParam", "ApplyPatchDeleteFileOperationParamParam"]


class ApplyPatchDeleteFileOperationParam(OagenModel):
    """Instruction for deleting an existing file via the apply_patch tool."""

    type: Literal["delete_file"]
    """The operation type. Always `delete_file`.

    Server default: ``"delete_file"``."""

    path: str
    """Path of the file to delete relative to the workspace root."""


class ApplyPatchDeleteFileOperationParamParam(TypedDict, total=False):
    """Request form of :class:`ApplyPatchDeleteFileOperationParam`: a dict a type checker can check."""

    type: Required[Literal["delete_file"]]
    """The operation type. Always `delete_file`."""

    path: Required[str]
    """Path of the file to delete relative to the workspace root."""
