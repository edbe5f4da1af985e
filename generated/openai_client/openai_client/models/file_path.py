"""FilePath."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["FilePath", "FilePathParam"]


class FilePath(OagenModel):
    """A path to a file."""

    type: Literal["file_path"]
    """The type of the file path. Always `file_path`."""

    file_id: str
    """The ID of the file."""

    index: int
    """The index of the file in the list of files."""


class FilePathParam(TypedDict, total=False):
    """Request form of :class:`FilePath`: a dict a type checker can check."""

    type: Required[Literal["file_path"]]
    """The type of the file path. Always `file_path`."""

    file_id: Required[str]
    """The ID of the file."""

    index: Required[int]
    """The index of the file in the list of files."""
