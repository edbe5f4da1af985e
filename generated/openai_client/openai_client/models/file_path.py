"""FilePath."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["FilePath"]


class FilePath(OagenModel):
    """A path to a file."""

    type: Literal["file_path"]
    """The type of the file path. Always `file_path`."""

    file_id: str
    """The ID of the file."""

    index: int
    """The index of the file in the list of files."""
