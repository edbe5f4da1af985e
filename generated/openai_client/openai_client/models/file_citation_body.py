"""FileCitationBody."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["FileCitationBody"]


class FileCitationBody(OagenModel):
    """A citation to a file."""

    type: Literal["file_citation"]
    """The type of the file citation. Always `file_citation`.

    Server default: ``"file_citation"``."""

    file_id: str
    """The ID of the file."""

    index: int
    """The index of the file in the list of files."""

    filename: str
    """The filename of the file cited."""
