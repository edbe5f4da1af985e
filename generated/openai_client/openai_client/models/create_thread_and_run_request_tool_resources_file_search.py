"""CreateThreadAndRunRequestToolResourcesFileSearch."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = [
    "CreateThreadAndRunRequestToolResourcesFileSearch",
    "CreateThreadAndRunRequestToolResourcesFileSearchParam",
]


class CreateThreadAndRunRequestToolResourcesFileSearch(OagenModel):
    """CreateThreadAndRunRequestToolResourcesFileSearch"""

    vector_store_ids: list[str] | None = None
    """The ID of the [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant."""


class CreateThreadAndRunRequestToolResourcesFileSearchParam(TypedDict, total=False):
    """Request form of :class:`CreateThreadAndRunRequestToolResourcesFileSearch`: a dict a type checker can check."""

    vector_store_ids: Sequence[str]
    """The ID of the [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant."""
