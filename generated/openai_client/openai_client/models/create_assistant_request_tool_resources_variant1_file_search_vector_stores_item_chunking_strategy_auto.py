"""CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = [
    "CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto"
]


class CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto(
    OagenModel
):
    """The default strategy. This strategy currently uses a `max_chunk_size_tokens` of `800` and `chunk_overlap_tokens` of `400`."""

    type: Literal["auto"]
    """Always `auto`."""
