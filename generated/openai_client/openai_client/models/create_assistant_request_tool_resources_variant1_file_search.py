"""CreateAssistantRequestToolResourcesVariant1FileSearch."""

from __future__ import annotations

from .._models import OagenModel
from .create_assistant_request_tool_resources_variant1_file_search_vector_stores_item import (
    CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItem,
)

__all__ = ["CreateAssistantRequestToolResourcesVariant1FileSearch"]


class CreateAssistantRequestToolResourcesVariant1FileSearch(OagenModel):
    """CreateAssistantRequestToolResourcesVariant1FileSearch"""

    vector_store_ids: list[str] | None = None
    """The [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant."""

    vector_stores: (
        list[CreateAssistantRequestToolResourcesVariant1FileSearchVectorStoresItem] | None
    ) = None
    """A helper to create a [vector store](/docs/api-reference/vector-stores/object) with file_ids and attach it to this assistant. There can be a maximum of 1 vector store attached to the assistant."""
