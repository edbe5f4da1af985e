"""CreateVectorStoreFileRequest."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .chunking_strategy_request_param import (
    ChunkingStrategyRequestParam,
    ChunkingStrategyRequestParamParam,
)
from .vector_store_file_attributes import VectorStoreFileAttributes

__all__ = ["CreateVectorStoreFileRequest", "CreateVectorStoreFileRequestParam"]


class CreateVectorStoreFileRequest(OagenModel):
    """CreateVectorStoreFileRequest"""

    file_id: str
    """A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that can access files. For multi-file ingestion, we recommend [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store write requests."""

    chunking_strategy: ChunkingStrategyRequestParam | None = None

    attributes: VectorStoreFileAttributes | None = None


class CreateVectorStoreFileRequestParam(TypedDict, total=False):
    """Request form of :class:`CreateVectorStoreFileRequest`: a dict a type checker can check."""

    file_id: Required[str]
    """A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that can access files. For multi-file ingestion, we recommend [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store write requests."""

    chunking_strategy: ChunkingStrategyRequestParamParam

    attributes: VectorStoreFileAttributes
