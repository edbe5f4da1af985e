"""ModifyThreadRequestToolResourcesVariant1FileSearch."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = [
    "ModifyThreadRequestToolResourcesVariant1FileSearch",
    "ModifyThreadRequestToolResourcesVariant1FileSearchParam",
]


class ModifyThreadRequestToolResourcesVariant1FileSearch(OagenModel):
    """ModifyThreadRequestToolResourcesVariant1FileSearch"""

    vector_store_ids: list[str] | None = None
    """The [vector store](/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum of 1 vector store attached to the thread."""


class ModifyThreadRequestToolResourcesVariant1FileSearchParam(TypedDict, total=False):
    """Request form of :class:`ModifyThreadRequestToolResourcesVariant1FileSearch`: a dict a type checker can check."""

    vector_store_ids: Sequence[str]
    """The [vector store](/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum of 1 vector store attached to the thread."""
