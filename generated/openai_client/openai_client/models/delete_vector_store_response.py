"""DeleteVectorStoreResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["DeleteVectorStoreResponse"]


class DeleteVectorStoreResponse(OagenModel):
    """DeleteVectorStoreResponse"""

    id: str

    deleted: bool

    object: Literal["vector_store.deleted"]
