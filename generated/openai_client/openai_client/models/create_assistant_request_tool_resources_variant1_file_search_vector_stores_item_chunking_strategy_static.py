"""CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .create_assistant_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_static_static import (
    CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic,
    CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStaticParam,
)

__all__ = [
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticParam",
]


class CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic(
    OagenModel
):
    """Static Chunking Strategy"""

    type: Literal["static"]
    """Always `static`."""

    static: CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic


class CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticParam(
    TypedDict, total=False
):
    """Request form of :class:`CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic`: a dict a type checker can check."""

    type: Required[Literal["static"]]
    """Always `static`."""

    static: Required[
        CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStaticParam
        | CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic
    ]
