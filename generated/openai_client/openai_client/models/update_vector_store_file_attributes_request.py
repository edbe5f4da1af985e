"""UpdateVectorStoreFileAttributesRequest."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .vector_store_file_attributes import VectorStoreFileAttributes

__all__ = ["UpdateVectorStoreFileAttributesRequest", "UpdateVectorStoreFileAttributesRequestParam"]


class UpdateVectorStoreFileAttributesRequest(OagenModel):
    """UpdateVectorStoreFileAttributesRequest"""

    attributes: VectorStoreFileAttributes


class UpdateVectorStoreFileAttributesRequestParam(TypedDict, total=False):
    """Request form of :class:`UpdateVectorStoreFileAttributesRequest`: a dict a type checker can check."""

    attributes: Required[VectorStoreFileAttributes]
