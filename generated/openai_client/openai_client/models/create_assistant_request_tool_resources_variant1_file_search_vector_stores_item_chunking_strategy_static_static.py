"""CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStaticParam",
]


class CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic(
    OagenModel
):
    """CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic"""

    max_chunk_size_tokens: int
    """The maximum number of tokens in each chunk. The default value is `800`. The minimum value is `100` and the maximum value is `4096`."""

    chunk_overlap_tokens: int
    """The number of tokens that overlap between chunks. The default value is `400`.

    Note that the overlap must not exceed half of `max_chunk_size_tokens`."""


class CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStaticParam(
    TypedDict, total=False
):
    """Request form of :class:`CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyStaticStatic`: a dict a type checker can check."""

    max_chunk_size_tokens: Required[int]
    """The maximum number of tokens in each chunk. The default value is `800`. The minimum value is `100` and the maximum value is `4096`."""

    chunk_overlap_tokens: Required[int]
    """The number of tokens that overlap between chunks. The default value is `400`.

    Note that the overlap must not exceed half of `max_chunk_size_tokens`."""
