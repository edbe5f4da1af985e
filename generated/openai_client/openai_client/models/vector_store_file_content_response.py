"""VectorStoreFileContentResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .vector_store_file_content_response_data_item import VectorStoreFileContentResponseDataItem

__all__ = ["VectorStoreFileContentResponse"]


class VectorStoreFileContentResponse(OagenModel):
    """Represents the parsed content of a vector store file."""

    object: Literal["vector_store.file_content.page"]
    """The object type, which is always `vector_store.file_content.page`"""

    data: list[VectorStoreFileContentResponseDataItem]
    """Parsed content of the file."""

    has_more: bool
    """Indicates if there are more content pages to fetch."""

    next_page: str | None
