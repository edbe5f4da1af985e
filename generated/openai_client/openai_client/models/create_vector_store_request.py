"""CreateVectorStoreRequest."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .._models import OagenModel
from .create_vector_store_request_chunking_strategy import (
    CreateVectorStoreRequestChunkingStrategy,
    CreateVectorStoreRequestChunkingStrategyParam,
)
from .metadata import Metadata
from .vector_store_expiration_after import (
    VectorStoreExpirationAfter,
    VectorStoreExpirationAfterParam,
)

__all__ = ["CreateVectorStoreRequest", "CreateVectorStoreRequestParam"]


class CreateVectorStoreRequest(OagenModel):
    """CreateVectorStoreRequest"""

    file_ids: list[str] | None = None
    """A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files."""

    name: str | None = None
    """The name of the vector store."""

    description: str | None = None
    """A description for the vector store. Can be used to describe the vector store's purpose."""

    expires_after: VectorStoreExpirationAfter | None = None

    chunking_strategy: CreateVectorStoreRequestChunkingStrategy | None = None
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if `file_ids` is non-empty."""

    metadata: Metadata | None = None


class CreateVectorStoreRequestParam(TypedDict, total=False):
    """Request form of :class:`CreateVectorStoreRequest`: a dict a type checker can check."""

    file_ids: Sequence[str]
    """A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files."""

    name: str
    """The name of the vector store."""

    description: str
    """A description for the vector store. Can be used to describe the vector store's purpose."""

    expires_after: VectorStoreExpirationAfterParam | VectorStoreExpirationAfter

    chunking_strategy: CreateVectorStoreRequestChunkingStrategyParam
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if `file_ids` is non-empty."""

    metadata: Metadata
