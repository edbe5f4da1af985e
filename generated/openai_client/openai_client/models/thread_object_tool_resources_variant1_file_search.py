"""ThreadObjectToolResourcesVariant1FileSearch."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ThreadObjectToolResourcesVariant1FileSearch"]


class ThreadObjectToolResourcesVariant1FileSearch(OagenModel):
    """ThreadObjectToolResourcesVariant1FileSearch"""

    vector_store_ids: list[str] | None = None
    """The [vector store](/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum of 1 vector store attached to the thread."""
