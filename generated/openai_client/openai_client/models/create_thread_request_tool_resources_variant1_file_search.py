"""CreateThreadRequestToolResourcesVariant1FileSearch."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .._models import OagenModel
from .create_thread_request_tool_resources_variant1_file_search_vector_stores_item import (
    CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItem,
    CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemParam,
)

__all__ = [
    "CreateThreadRequestToolResourcesVariant1FileSearch",
    "CreateThreadRequestToolResourcesVariant1FileSearchParam",
]


class CreateThreadRequestToolResourcesVariant1FileSearch(OagenModel):
    """CreateThreadRequestToolResourcesVariant1FileSearch"""

    vector_store_ids: list[str] | None = None
    """The [vector store](/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum of 1 vector store attached to the thread."""

    vector_stores: (
        list[CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItem] | None
    ) = None
    """A helper to create a [vector store](/docs/api-reference/vector-stores/object) with file_ids and attach it to this thread. There can be a maximum of 1 vector store attached to the thread."""


class CreateThreadRequestToolResourcesVariant1FileSearchParam(TypedDict, total=False):
    """Request form of :class:`CreateThreadRequestToolResourcesVariant1FileSearch`: a dict a type checker can check."""

    vector_store_ids: Sequence[str]
    """The [vector store](/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum of 1 vector store attached to the thread."""

    vector_stores: Sequence[
        CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItemParam
        | CreateThreadRequestToolResourcesVariant1FileSearchVectorStoresItem
    ]
    """A helper to create a [vector store](/docs/api-reference/vector-stores/object) with file_ids and attach it to this thread. There can be a maximum of 1 vector store attached to the thread."""
