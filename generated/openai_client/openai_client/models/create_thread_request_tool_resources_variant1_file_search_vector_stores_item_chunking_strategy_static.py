"""CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .create_thread_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_static_static import (
    CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic,
)

__all__ = [
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic"
]


class CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic(
    OagenModel
):
    """Static Chunking Strategy"""

    type: Literal["static"]
    """Always `static`."""

    static: CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic
