"""UpdateVectorStoreRequest."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .metadata import Metadata
from .vector_store_expiration_after import (
    VectorStoreExpirationAfter,
    VectorStoreExpirationAfterParam,
)

__all__ = ["UpdateVectorStoreRequest", "UpdateVectorStoreRequestParam"]


class UpdateVectorStoreRequest(OagenModel):
    """UpdateVectorStoreRequest"""

    name: str | None = None
    """The name of the vector store."""

    expires_after: VectorStoreExpirationAfter | None = None

    metadata: Metadata | None = None


class UpdateVectorStoreRequestParam(TypedDict, total=False):
    """Request form of :class:`UpdateVectorStoreRequest`: a dict a type checker can check."""

    name: str | None
    """The name of the vector store."""

    expires_after: VectorStoreExpirationAfterParam | VectorStoreExpirationAfter

    metadata: Metadata
