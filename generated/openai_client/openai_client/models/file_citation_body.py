"""FileCitationBody."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["FileCitationBody", "FileCitationBodyParam"]


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


class FileCitationBodyParam(TypedDict, total=False):
    """Request form of :class:`FileCitationBody`: a dict a type checker can check."""

    type: Required[Literal["file_citation"]]
    """The type of the file citation. Always `file_citation`."""

    file_id: Required[str]
    """The ID of the file."""

    index: Required[int]
    """The index of the file in the list of files."""

    filename: Required[str]
    """The filename of the file cited."""
