"""ApplyPatchCreateFileOperationParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ApplyPatchCreateFileOperationParam", "ApplyPatchCreateFileOperationParamParam"]


class ApplyPatchCreateFileOperationParam(OagenModel):
    """Instruction for creating a new file via the apply_patch tool."""

    type: Literal["create_file"]
    """The operation type. Always `create_file`.

    Server default: ``"create_file"``."""

    path: str
    """Path of the file to create relative to the workspace root."""

    diff: str
    """Unified diff content to apply when creating the file."""


class ApplyPatchCreateFileOperationParamParam(TypedDict, total=False):
    """Request form of :class:`ApplyPatchCreateFileOperationParam`: a dict a type checker can check."""

    type: Required[Literal["create_file"]]
    """The operation type. Always `create_file`."""

    path: Required[str]
    """Path of the file to create relative to the workspace root."""

    diff: Required[str]
    """Unified diff content to apply when creating the file."""
