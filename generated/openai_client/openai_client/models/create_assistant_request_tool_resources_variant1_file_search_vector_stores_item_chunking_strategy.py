"""CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategy."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .create_assistant_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_auto import (
    CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto,
    CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAutoParam,
)
from .create_assistant_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_static import (
    CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic,
    CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticParam,
)

__all__ = [
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategy",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyParam",
]

CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategy: TypeAlias = (
    Annotated[
        Union[
            Annotated[
                CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto,
                Tag(
                    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto"
                ),
            ],
            Annotated[
                CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic,
                Tag(
                    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic"
                ),
            ],
            Annotated[UnknownVariant, Tag("UnknownVariant")],
        ],
        tagged(
            "type",
            {
                "auto": "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto",
                "static": "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic",
            },
        ),
    ]
)
"""The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""


CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyParam: (
    TypeAlias
) = (
    CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAutoParam
    | CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto
    | CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticParam
    | CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic
)
"""Request form of :class:`CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategy`: a dict a type checker can check."""
