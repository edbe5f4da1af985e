"""CreateVectorStoreFileBatchRequest."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .._models import OagenModel
from .chunking_strategy_request_param import (
    ChunkingStrategyRequestParam,
    ChunkingStrategyRequestParamParam,
)
from .create_vector_store_file_request import (
    CreateVectorStoreFileRequest,
    CreateVectorStoreFileRequestParam,
)
from .vector_store_file_attributes import VectorStoreFileAttributes

__all__ = ["CreateVectorStoreFileBatchRequest", "CreateVectorStoreFileBatchRequestParam"]


class CreateVectorStoreFileBatchRequest(OagenModel):
    """CreateVectorStoreFileBatchRequest"""

    file_ids: list[str] | None = None
    """A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided, they will be  applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `files`."""

    files: list[CreateVectorStoreFileRequest] | None = None
    """A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`. Use this when you need to override metadata for specific files. The global `attributes` or `chunking_strategy` will be ignored and must be specified for each file. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `file_ids`."""

    chunking_strategy: ChunkingStrategyRequestParam | None = None

    attributes: VectorStoreFileAttributes | None = None


class CreateVectorStoreFileBatchRequestParam(TypedDict, total=False):
    """Request form of :class:`CreateVectorStoreFileBatchRequest`: a dict a type checker can check."""

    file_ids: Sequence[str]
    """A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided, they will be  applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `files`."""

    files: Sequence[CreateVectorStoreFileRequestParam | CreateVectorStoreFileRequest]
    """A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`. Use this when you need to override metadata for specific files. The global `attributes` or `chunking_strategy` will be ignored and must be specified for each file. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `file_ids`."""

    chunking_strategy: ChunkingStrategyRequestParamParam

    attributes: VectorStoreFileAttributes
