"""AssistantObjectToolResourcesVariant1FileSearch."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AssistantObjectToolResourcesVariant1FileSearch"]


class AssistantObjectToolResourcesVariant1FileSearch(OagenModel):
    """AssistantObjectToolResourcesVariant1FileSearch"""

    vector_store_ids: list[str] | None = None
    """The ID of the [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant."""
