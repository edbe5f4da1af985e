"""FileSearchToolCallResultsArrayItem."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .vector_store_file_attributes import VectorStoreFileAttributes

__all__ = ["FileSearchToolCallResultsArrayItem", "FileSearchToolCallResultsArrayItemParam"]


class FileSearchToolCallResultsArrayItem(OagenModel):
    """FileSearchToolCallResultsArrayItem"""

    file_id: str | None = None
    """The unique ID of the file."""

    text: str | None = None
    """The text that was retrieved from the file."""

    filename: str | None = None
    """The name of the file."""

    attributes: VectorStoreFileAttributes | None = None

    score: float | None = None
    """The relevance score of the file - a value between 0 and 1."""


class FileSearchToolCallResultsArrayItemParam(TypedDict, total=False):
    """Request form of :class:`FileSearchToolCallResultsArrayItem`: a dict a type checker can check."""

    file_id: str
    """The unique ID of the file."""

    text: str
    """The text that was retrieved from the file."""

    filename: str
    """The name of the file."""

    attributes: VectorStoreFileAttributes

    score: float
    """The relevance score of the file - a value between 0 and 1."""
