"""ListVectorStoreFilesResponse."""

from __future__ import annotations

from .._models import OagenModel
from .vector_store_file_object import VectorStoreFileObject

__all__ = ["ListVectorStoreFilesResponse"]


class ListVectorStoreFilesResponse(OagenModel):
    """ListVectorStoreFilesResponse"""

    object: str

    data: list[VectorStoreFileObject]

    first_id: str

    last_id: str

    has_more: bool
