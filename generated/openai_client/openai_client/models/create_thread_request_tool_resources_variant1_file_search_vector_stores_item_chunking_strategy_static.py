"""CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .create_thread_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_static_static import (
    CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic,
    CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStaticParam,
)

__all__ = [
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticParam",
]


class CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic(
    OagenModel
):
    """Static Chunking Strategy"""

    type: Literal["static"]
    """Always `static`."""

    static: CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic


class CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticParam(
    TypedDict, total=False
):
    """Request form of :class:`CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic`: a dict a type checker can check."""

    type: Required[Literal["static"]]
    """Always `static`."""

    static: Required[
        CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStaticParam
        | CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic
    ]
