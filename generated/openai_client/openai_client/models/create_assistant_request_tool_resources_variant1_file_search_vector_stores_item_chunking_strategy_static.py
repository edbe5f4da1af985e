"""CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .create_assistant_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_static_static import (
    CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic,
)

__all__ = [
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic"
]


class CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic(
    OagenModel
):
    """Static Chunking Strategy"""

    type: Literal["static"]
    """Always `static`."""

    static: CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic
