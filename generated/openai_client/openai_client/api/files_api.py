"""Files operations: Files are used to upload documents that can be used with features like Assistants and Fine-tuning.."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import httpx

from .._binary import AsyncBinaryStream, BinaryStream
from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, FileTypes, RequestOptions
from ..api_response import ApiResponse
from ..models.delete_file_response import DeleteFileResponse
from ..models.file_expiration_after import FileExpirationAfter
from ..models.list_files_response import ListFilesResponse
from ..models.open_ai_file import OpenAIFile

__all__ = ["FilesApi", "AsyncFilesApi"]


def _list_files_call(
    purpose: str | None,
    limit: int | None,
    order: Literal["asc", "desc"] | str | None,
    after: str | None,
) -> Call:
    return Call(
        "GET",
        "/files",
        query={"purpose": purpose, "limit": limit, "order": order, "after": after},
        accept="application/json",
        responses={"200": ("json", ListFilesResponse)},
        security=(("ApiKeyAuth",),),
    )


def _create_file_call(
    file: FileTypes,
    purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"] | str,
    expires_after: FileExpirationAfter | None,
) -> Call:
    return Call(
        "POST",
        "/files",
        body_kind="multipart",
        form={"purpose": purpose, "expires_after": expires_after},
        files={"file": file},
        accept="application/json",
        responses={"200": ("json", OpenAIFile)},
        security=(("ApiKeyAuth",),),
    )


def _retrieve_file_call(
    file_id: str,
) -> Call:
    return Call(
        "GET",
        "/files/{file_id}",
        path_params={"file_id": file_id},
        accept="application/json",
        responses={"200": ("json", OpenAIFile)},
        security=(("ApiKeyAuth",),),
    )


def _delete_file_call(
    file_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/files/{file_id}",
        path_params={"file_id": file_id},
        accept="application/json",
        responses={"200": ("json", DeleteFileResponse)},
        security=(("ApiKeyAuth",),),
    )


def _download_file_call(
    file_id: str,
) -> Call:
    return Call(
        "GET",
        "/files/{file_id}/content",
        path_params={"file_id": file_id},
        accept="*/*",
        responses={"200": ("binary", None)},
        security=(("ApiKeyAuth",),),
    )


class FilesApi:
    """Files operations.

    Files are used to upload documents that can be used with features like Assistants and Fine-tuning.
    """

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_files(
        self,
        *,
        purpose: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListFilesResponse:
        """Returns a list of files.

        Args:
            purpose: Only return files with the given purpose.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 10,000, and the default is 10,000.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

        Returns:
            ListFilesResponse
        """
        response = self.list_files_with_http_info(
            purpose=purpose,
            limit=limit,
            order=order,
            after=after,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_files_with_http_info(
        self,
        *,
        purpose: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListFilesResponse]:
        """Like :meth:`list_files`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_files_call(purpose=purpose, limit=limit, order=order, after=after),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_files_iter(
        self,
        *,
        purpose: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[OpenAIFile]:
        """Auto-paging :meth:`list_files`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[OpenAIFile]:
            page = self.list_files(
                purpose=purpose,
                limit=limit,
                order=order,
                after=cursor,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = page.last_id
            return SyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        return fetch(after)

    def create_file(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"] | str,
        expires_after: FileExpirationAfter | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OpenAIFile:
        """Upload a file that can be used across various endpoints. Individual files
        can be up to 512 MB, and each project can store up to 2.5 TB of files in
        total. There is no organization-wide storage limit. Uploads to this
        endpoint are rate-limited to 1,000 requests per minute per authenticated
        user.

        - The Assistants API supports files up to 2 million tokens and of specific
          file types. See the [Assistants Tools guide](/docs/assistants/tools) for
          details.
        - The Fine-tuning API only supports `.jsonl` files. The input also has
          certain required formats for fine-tuning
          [chat](/docs/api-reference/fine-tuning/chat-input) or
          [completions](/docs/api-reference/fine-tuning/completions-input) models.
        - The Batch API only supports `.jsonl` files up to 200 MB in size. The input
          also has a specific required
          [format](/docs/api-reference/batch/request-input).
        - For Retrieval or `file_search` ingestion, upload files here first. If
          you need to attach multiple uploaded files to the same vector store, use
          [`/vector_stores/{vector_store_id}/file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch)
          instead of attaching them one by one. Vector store attachment has separate
          limits from file upload, including 2,000 attached files per minute per
          organization.

        Please [contact us](https://help.openai.com/) if you need to increase these
        storage limits.

        Args:
            file: The File object (not file name) to be uploaded.
            purpose: The intended purpose of the uploaded file. One of:
                - `assistants`: Used in the Assistants API
                - `batch`: Used in the Batch API
                - `fine-tune`: Used for fine-tuning
                - `vision`: Images used for vision fine-tuning
                - `user_data`: Flexible file type for any purpose
                - `evals`: Used for eval data sets
            expires_after: FileExpirationAfter

        Returns:
            OpenAIFile
        """
        response = self.create_file_with_http_info(
            file=file,
            purpose=purpose,
            expires_after=expires_after,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_file_with_http_info(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"] | str,
        expires_after: FileExpirationAfter | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OpenAIFile]:
        """Like :meth:`create_file`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_file_call(file=file, purpose=purpose, expires_after=expires_after),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def retrieve_file(
        self,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OpenAIFile:
        """Returns information about a specific file.

        Args:
            file_id: The ID of the file to use for this request.

        Returns:
            OpenAIFile
        """
        response = self.retrieve_file_with_http_info(
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_file_with_http_info(
        self,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OpenAIFile]:
        """Like :meth:`retrieve_file`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_file_call(file_id=file_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def delete_file(
        self,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteFileResponse:
        """Delete a file and remove it from all vector stores.

        Args:
            file_id: The ID of the file to use for this request.

        Returns:
            DeleteFileResponse
        """
        response = self.delete_file_with_http_info(
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_file_with_http_info(
        self,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteFileResponse]:
        """Like :meth:`delete_file`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_file_call(file_id=file_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def download_file(
        self,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> bytes:
        """Returns the contents of the specified file.

        Args:
            file_id: The ID of the file to use for this request.

        Returns:
            bytes
        """
        response = self.download_file_with_http_info(
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def download_file_with_http_info(
        self,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[bytes]:
        """Like :meth:`download_file`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _download_file_call(file_id=file_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def download_file_to_file(
        self,
        destination: str | os.PathLike[str],
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Path]:
        """Like :meth:`download_file`, streaming the body into ``destination`` without holding it in memory."""
        return self.api_client.download(
            _download_file_call(file_id=file_id),
            destination,
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def download_file_iter_bytes(
        self,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> BinaryStream:
        """Like :meth:`download_file`, the body as byte chunks read as they arrive: iterate the result, and use it as a context manager (or ``close()`` it) to release the connection early."""
        return self.api_client.stream_bytes(
            _download_file_call(file_id=file_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncFilesApi:
    """Files operations (async).

    Files are used to upload documents that can be used with features like Assistants and Fine-tuning.
    """

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_files(
        self,
        *,
        purpose: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListFilesResponse:
        """Returns a list of files.

        Args:
            purpose: Only return files with the given purpose.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 10,000, and the default is 10,000.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

        Returns:
            ListFilesResponse
        """
        response = await self.list_files_with_http_info(
            purpose=purpose,
            limit=limit,
            order=order,
            after=after,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_files_with_http_info(
        self,
        *,
        purpose: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListFilesResponse]:
        """Like :meth:`list_files`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_files_call(purpose=purpose, limit=limit, order=order, after=after),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_files_iter(
        self,
        *,
        purpose: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[OpenAIFile]:
        """Auto-paging :meth:`list_files`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[OpenAIFile]:
            page = await self.list_files(
                purpose=purpose,
                limit=limit,
                order=order,
                after=cursor,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = page.last_id
            return AsyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        async def first() -> AsyncPage[OpenAIFile]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_file(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"] | str,
        expires_after: FileExpirationAfter | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OpenAIFile:
        """Upload a file that can be used across various endpoints. Individual files
        can be up to 512 MB, and each project can store up to 2.5 TB of files in
        total. There is no organization-wide storage limit. Uploads to this
        endpoint are rate-limited to 1,000 requests per minute per authenticated
        user.

        - The Assistants API supports files up to 2 million tokens and of specific
          file types. See the [Assistants Tools guide](/docs/assistants/tools) for
          details.
        - The Fine-tuning API only supports `.jsonl` files. The input also has
          certain required formats for fine-tuning
          [chat](/docs/api-reference/fine-tuning/chat-input) or
          [completions](/docs/api-reference/fine-tuning/completions-input) models.
        - The Batch API only supports `.jsonl` files up to 200 MB in size. The input
          also has a specific required
          [format](/docs/api-reference/batch/request-input).
        - For Retrieval or `file_search` ingestion, upload files here first. If
          you need to attach multiple uploaded files to the same vector store, use
          [`/vector_stores/{vector_store_id}/file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch)
          instead of attaching them one by one. Vector store attachment has separate
          limits from file upload, including 2,000 attached files per minute per
          organization.

        Please [contact us](https://help.openai.com/) if you need to increase these
        storage limits.

        Args:
            file: The File object (not file name) to be uploaded.
            purpose: The intended purpose of the uploaded file. One of:
                - `assistants`: Used in the Assistants API
                - `batch`: Used in the Batch API
                - `fine-tune`: Used for fine-tuning
                - `vision`: Images used for vision fine-tuning
                - `user_data`: Flexible file type for any purpose
                - `evals`: Used for eval data sets
            expires_after: FileExpirationAfter

        Returns:
            OpenAIFile
        """
        response = await self.create_file_with_http_info(
            file=file,
            purpose=purpose,
            expires_after=expires_after,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_file_with_http_info(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"] | str,
        expires_after: FileExpirationAfter | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OpenAIFile]:
        """Like :meth:`create_file`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_file_call(file=file, purpose=purpose, expires_after=expires_after),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def retrieve_file(
        self,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OpenAIFile:
        """Returns information about a specific file.

        Args:
            file_id: The ID of the file to use for this request.

        Returns:
            OpenAIFile
        """
        response = await self.retrieve_file_with_http_info(
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_file_with_http_info(
        self,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OpenAIFile]:
        """Like :meth:`retrieve_file`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_file_call(file_id=file_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def delete_file(
        self,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteFileResponse:
        """Delete a file and remove it from all vector stores.

        Args:
            file_id: The ID of the file to use for this request.

        Returns:
            DeleteFileResponse
        """
        response = await self.delete_file_with_http_info(
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_file_with_http_info(
        self,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteFileResponse]:
        """Like :meth:`delete_file`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_file_call(file_id=file_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def download_file(
        self,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> bytes:
        """Returns the contents of the specified file.

        Args:
            file_id: The ID of the file to use for this request.

        Returns:
            bytes
        """
        response = await self.download_file_with_http_info(
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def download_file_with_http_info(
        self,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[bytes]:
        """Like :meth:`download_file`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _download_file_call(file_id=file_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def download_file_to_file(
        self,
        destination: str | os.PathLike[str],
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Path]:
        """Like :meth:`download_file`, streaming the body into ``destination`` without holding it in memory."""
        return await self.api_client.download(
            _download_file_call(file_id=file_id),
            destination,
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def download_file_iter_bytes(
        self,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncBinaryStream:
        """Like :meth:`download_file`, the body as byte chunks read as they arrive: iterate the result with ``async for``, and use it as a context manager (or ``close()`` it) to release the connection early."""
        return self.api_client.stream_bytes(
            _download_file_call(file_id=file_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
