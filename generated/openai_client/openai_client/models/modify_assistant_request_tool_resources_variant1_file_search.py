"""ModifyAssistantRequestToolResourcesVariant1FileSearch."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = [
    "ModifyAssistantRequestToolResourcesVariant1FileSearch",
    "ModifyAssistantRequestToolResourcesVariant1FileSearchParam",
]


class ModifyAssistantRequestToolResourcesVariant1FileSearch(OagenModel):
    """ModifyAssistantRequestToolResourcesVariant1FileSearch"""

    vector_store_ids: list[str] | None = None
    """Overrides the [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant."""


class ModifyAssistantRequestToolResourcesVariant1FileSearchParam(TypedDict, total=False):
    """Request form of :class:`ModifyAssistantRequestToolResourcesVariant1FileSearch`: a dict a type checker can check."""

    vector_store_ids: Sequence[str]
    """Overrides the [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant."""
