"""CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto",
    "CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAutoParam",
]


class CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto(
    OagenModel
):
    """The default strategy. This strategy currently uses a `max_chunk_size_tokens` of `800` and `chunk_overlap_tokens` of `400`."""

    type: Literal["auto"]
    """Always `auto`."""


class CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAutoParam(
    TypedDict, total=False
):
    """Request form of :class:`CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemChunkingStrategyAuto`: a dict a type checker can check."""

    type: Required[Literal["auto"]]
    """Always `auto`."""
