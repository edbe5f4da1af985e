"""CreateAssistantRequestToolResourcesVariant1FileSearch."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .._models import OagenModel
from .create_assistant_request_tool_resources_variant1_file_search_vector_stores_item import (
    CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItem,
    CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemParam,
)

__all__ = [
    "CreateAssistantRequestToolResourcesVariant1FileSearch",
    "CreateAssistantRequestToolResourcesVariant1FileSearchParam",
]


class CreateAssistantRequestToolResourcesVariant1FileSearch(OagenModel):
    """CreateAssistantRequestToolResourcesVariant1FileSearch"""

    vector_store_ids: list[str] | None = None
    """The [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant."""

    vector_stores: (
        list[CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItem] | None
    ) = None
    """A helper to create a [vector store](/docs/api-reference/vector-stores/object) with file_ids and attach it to this assistant. There can be a maximum of 1 vector store attached to the assistant."""


class CreateAssistantRequestToolResourcesVariant1FileSearchParam(TypedDict, total=False):
    """Request form of :class:`CreateAssistantRequestToolResourcesVariant1FileSearch`: a dict a type checker can check."""

    vector_store_ids: Sequence[str]
    """The [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant."""

    vector_stores: Sequence[
        CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItemParam
        | CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItem
    ]
    """A helper to create a [vector store](/docs/api-reference/vector-stores/object) with file_ids and attach it to this assistant. There can be a maximum of 1 vector store attached to the assistant."""
