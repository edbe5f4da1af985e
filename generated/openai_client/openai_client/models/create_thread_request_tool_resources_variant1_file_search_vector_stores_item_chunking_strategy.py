"""CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategy."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .create_thread_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_auto import (
    CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto,
    CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAutoParam,
)
from .create_thread_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy_static import (
    CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic,
    CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticParam,
)

__all__ = [
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategy",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyParam",
]

CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategy: TypeAlias = (
    Annotated[
        Union[
            Annotated[
                CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto,
                Tag(
                    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto"
                ),
            ],
            Annotated[
                CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic,
                Tag(
                    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic"
                ),
            ],
            Annotated[UnknownVariant, Tag("UnknownVariant")],
        ],
        tagged(
            "type",
            {
                "auto": "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto",
                "static": "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic",
            },
        ),
    ]
)
"""The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""


CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyParam: (
    TypeAlias
) = (
    CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAutoParam
    | CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto
    | CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticParam
    | CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStatic
)
"""Request form of :class:`CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategy`: a dict a type checker can check."""
