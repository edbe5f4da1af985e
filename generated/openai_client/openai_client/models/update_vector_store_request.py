"""UpdateVectorStoreRequest."""

from __future__ import annotations

from .._models import OagenModel
from .metadata import Metadata
from .vector_store_expiration_after import VectorStoreExpirationAfter

__all__ = ["UpdateVectorStoreRequest"]


class UpdateVectorStoreRequest(OagenModel):
    """UpdateVectorStoreRequest"""

    name: str | None = None
    """The name of the vector store."""

    expires_after: VectorStoreExpirationAfter | None = None

    metadata: Metadata | None = None
