"""CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto",
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAutoParam",
]


class CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto(
    OagenModel
):
    """The default strategy. This strategy currently uses a `max_chunk_size_tokens` of `800` and `chunk_overlap_tokens` of `400`."""

    type: Literal["auto"]
    """Always `auto`."""


class CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAutoParam(
    TypedDict, total=False
):
    """Request form of :class:`CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto`: a dict a type checker can check."""

    type: Required[Literal["auto"]]
    """Always `auto`."""
