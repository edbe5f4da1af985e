"""ContainerFileCitationBody."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ContainerFileCitationBody", "ContainerFileCitationBodyParam"]


class ContainerFileCitationBody(OagenModel):
    """A citation for a container file used to generate a model response."""

    type: Literal["container_file_citation"]
    """The type of the container file citation. Always `container_file_citation`.

    Server default: ``"container_file_citation"``."""

    container_id: str
    """The ID of the container file."""

    file_id: str
    """The ID of the file."""

    start_index: int
    """The index of the first character of the container file citation in the message."""

    end_index: int
    """The index of the last character of the container file citation in the message."""

    filename: str
    """The filename of the container file cited."""


class ContainerFileCitationBodyParam(TypedDict, total=False):
    """Request form of :class:`ContainerFileCitationBody`: a dict a type checker can check."""

    type: Required[Literal["container_file_citation"]]
    """The type of the container file citation. Always `container_file_citation`."""

    container_id: Required[str]
    """The ID of the container file."""

    file_id: Required[str]
    """The ID of the file."""

    start_index: Required[int]
    """The index of the first character of the container file citation in the message."""

    end_index: Required[int]
    """The index of the last character of the container file citation in the message."""

    filename: Required[str]
    """The filename of the container file cited."""
