"""CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategy."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .create_assistant_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_auto import (
    CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto,
)
from .create_assistant_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_static import (
    CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic,
)

__all__ = ["CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategy"]

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
