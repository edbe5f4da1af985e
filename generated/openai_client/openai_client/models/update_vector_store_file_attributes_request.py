"""UpdateVectorStoreFileAttributesRequest."""

from __future__ import annotations

from .._models import OagenModel
from .vector_store_file_attributes import VectorStoreFileAttributes

__all__ = ["UpdateVectorStoreFileAttributesRequest"]


class UpdateVectorStoreFileAttributesRequest(OagenModel):
    """UpdateVectorStoreFileAttributesRequest"""

    attributes: VectorStoreFileAttributes
