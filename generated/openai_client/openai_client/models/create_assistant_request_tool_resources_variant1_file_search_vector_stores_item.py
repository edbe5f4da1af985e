"""CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItem."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .._models import OagenModel
from .create_assistant_request_tool_resources_variant1_file_search_vector_stores_item_chunking_strategy import (
    CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategy,
    CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyParam,
)
from .metadata import Metadata

__all__ = [
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItem",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemParam",
]


class CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItem(OagenModel):
    """CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItem"""

    file_ids: list[str] | None = None
    """A list of [file](/docs/api-reference/files) IDs to add to the vector store. For vector stores created before Nov 2025, there can be a maximum of 10,000 files in a vector store. For vector stores created starting in Nov 2025, the limit is 100,000,000 files."""

    chunking_strategy: (
        CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategy | None
    ) = None
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""

    metadata: Metadata | None = None


class CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemParam(
    TypedDict, total=False
):
    """Request form of :class:`CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItem`: a dict a type checker can check."""

    file_ids: Sequence[str]
    """A list of [file](/docs/api-reference/files) IDs to add to the vector store. For vector stores created before Nov 2025, there can be a maximum of 10,000 files in a vector store. For vector stores created starting in Nov 2025, the limit is 100,000,000 files."""

    chunking_strategy: (
        CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyParam
    )
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""

    metadata: Metadata
