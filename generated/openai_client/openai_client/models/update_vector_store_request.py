"""UpdateVectorStoreRequest."""

from __future__ import annotations


from .._models import OagenModel
from .metadata import Metadata
from .update_vector_store_request_expires_after import UpdateVectorStoreRequestExpiresAfter

__all__ = ["UpdateVectorStoreRequest"]


class UpdateVectorStoreRequest(OagenModel):
    """UpdateVectorStoreRequest"""

    name: str | None = None
    """The name of the vector store."""

    expires_after: UpdateVectorStoreRequestExpiresAfter | None = None

    metadata: Metadata | None = None
