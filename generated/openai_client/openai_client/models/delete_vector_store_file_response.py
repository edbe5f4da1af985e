"""DeleteVectorStoreFileResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["DeleteVectorStoreFileResponse"]


class DeleteVectorStoreFileResponse(OagenModel):
    """DeleteVectorStoreFileResponse"""

    id: str

    deleted: bool

    object: Literal["vector_store.file.deleted"]
