"""ModifyAssistantRequestToolResourcesVariant1FileSearch."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ModifyAssistantRequestToolResourcesVariant1FileSearch"]


class ModifyAssistantRequestToolResourcesVariant1FileSearch(OagenModel):
    """ModifyAssistantRequestToolResourcesVariant1FileSearch"""

    vector_store_ids: list[str] | None = None
    """Overrides the [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant."""
