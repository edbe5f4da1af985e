"""VectorStoreSearchResultItem."""

from __future__ import annotations

from .._models import OagenModel
from .vector_store_file_attributes import VectorStoreFileAttributes
from .vector_store_search_result_content_object import VectorStoreSearchResultContentObject

__all__ = ["VectorStoreSearchResultItem"]


class VectorStoreSearchResultItem(OagenModel):
    """VectorStoreSearchResultItem"""

    file_id: str
    """The ID of the vector store file."""

    filename: str
    """The name of the vector store file."""

    score: float
    """The similarity score for the result."""

    attributes: VectorStoreFileAttributes

    content: list[VectorStoreSearchResultContentObject]
    """Content chunks from the file."""
