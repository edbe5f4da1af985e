"""files operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ..api_client import ApiClient, AsyncApiClient, Call, FileTypes, RequestOptions
from ..api_response import ApiResponse
from ..models.file_response import FileResponse
from ..models.list_files_response import ListFilesResponse

__all__ = ["FilesApi", "AsyncFilesApi"]


def _list_files_call() -> Call:
    return Call(
        "GET",
        "/files",
        accept="application/json",
        responses={"200": ("json", ListFilesResponse)},
        security=(("BearerAuth",),),
    )


def _upload_file_call(
    file: FileTypes,
    purpose: str,
) -> Call:
    return Call(
        "POST",
        "/files",
        body_kind="multipart",
        form={"purpose": purpose},
        files={"file": file},
        accept="application/json",
        responses={"200": ("json", FileResponse)},
        security=(("BearerAuth",),),
    )


def _retrieve_file_call(
    file_id: str,
) -> Call:
    return Call(
        "GET",
        "/files/{file_id}",
        path_params={"file_id": file_id},
        accept="application/json",
        responses={"200": ("json", FileResponse)},
        security=(("BearerAuth",),),
    )


class FilesApi:
    """files operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_files(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListFilesResponse:
        """Returns a list of files that belong to the user's organization.

        Returns:
            ListFilesResponse
        """
        response = self.list_files_with_http_info(
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListFilesResponse]:
        """Like :meth:`list_files`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_files_call(),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def upload_file(
        self,
        *,
        file: FileTypes,
        purpose: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> FileResponse:
        """Upload a file that can be used across various endpoints.

        Args:
            file: FileTypes
            purpose: str

        Returns:
            FileResponse
        """
        response = self.upload_file_with_http_info(
            file=file,
            purpose=purpose,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def upload_file_with_http_info(
        self,
        *,
        file: FileTypes,
        purpose: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[FileResponse]:
        """Like :meth:`upload_file`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _upload_file_call(file=file, purpose=purpose),
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
    ) -> FileResponse:
        """Returns information about a specific file.

        Args:
            file_id: The ID of the file to retrieve.

        Returns:
            FileResponse
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
    ) -> ApiResponse[FileResponse]:
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


class AsyncFilesApi:
    """files operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_files(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListFilesResponse:
        """Returns a list of files that belong to the user's organization.

        Returns:
            ListFilesResponse
        """
        response = await self.list_files_with_http_info(
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListFilesResponse]:
        """Like :meth:`list_files`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_files_call(),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def upload_file(
        self,
        *,
        file: FileTypes,
        purpose: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> FileResponse:
        """Upload a file that can be used across various endpoints.

        Args:
            file: FileTypes
            purpose: str

        Returns:
            FileResponse
        """
        response = await self.upload_file_with_http_info(
            file=file,
            purpose=purpose,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def upload_file_with_http_info(
        self,
        *,
        file: FileTypes,
        purpose: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[FileResponse]:
        """Like :meth:`upload_file`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _upload_file_call(file=file, purpose=purpose),
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
    ) -> FileResponse:
        """Returns information about a specific file.

        Args:
            file_id: The ID of the file to retrieve.

        Returns:
            FileResponse
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
    ) -> ApiResponse[FileResponse]:
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
