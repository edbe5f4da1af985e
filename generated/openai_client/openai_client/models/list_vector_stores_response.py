"""ListVectorStoresResponse."""

from __future__ import annotations

from .._models import OagenModel
from .vector_store_object import VectorStoreObject

__all__ = ["ListVectorStoresResponse"]


class ListVectorStoresResponse(OagenModel):
    """ListVectorStoresResponse"""

    object: str

    data: list[VectorStoreObject]

    first_id: str

    last_id: str

    has_more: bool
