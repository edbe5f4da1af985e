"""Uploads operations: Use Uploads to upload large files in multiple parts.."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ..api_client import ApiClient, AsyncApiClient, Call, FileTypes, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.complete_upload_request import CompleteUploadRequest
from ..models.create_upload_request import CreateUploadRequest
from ..models.upload import Upload
from ..models.upload_part import UploadPart

__all__ = ["UploadsApi", "AsyncUploadsApi"]


def _create_upload_call(
    create_upload_request: CreateUploadRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/uploads",
        body_kind="json",
        json=json_body(create_upload_request, CreateUploadRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", Upload)},
        security=(("ApiKeyAuth",),),
    )


def _cancel_upload_call(
    upload_id: str,
) -> Call:
    return Call(
        "POST",
        "/uploads/{upload_id}/cancel",
        path_params={"upload_id": upload_id},
        accept="application/json",
        responses={"200": ("json", Upload)},
        security=(("ApiKeyAuth",),),
    )


def _complete_upload_call(
    upload_id: str,
    complete_upload_request: CompleteUploadRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/uploads/{upload_id}/complete",
        path_params={"upload_id": upload_id},
        body_kind="json",
        json=json_body(complete_upload_request, CompleteUploadRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", Upload)},
        security=(("ApiKeyAuth",),),
    )


def _add_upload_part_call(
    upload_id: str,
    data: FileTypes,
) -> Call:
    return Call(
        "POST",
        "/uploads/{upload_id}/parts",
        path_params={"upload_id": upload_id},
        body_kind="multipart",
        form={},
        files={"data": data},
        accept="application/json",
        responses={"200": ("json", UploadPart)},
        security=(("ApiKeyAuth",),),
    )


class UploadsApi:
    """Uploads operations.

    Use Uploads to upload large files in multiple parts.
    """

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def create_upload(
        self,
        create_upload_request: CreateUploadRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Upload:
        """Creates an intermediate [Upload](/docs/api-reference/uploads/object) object
        that you can add [Parts](/docs/api-reference/uploads/part-object) to.
        Currently, an Upload can accept at most 8 GB in total and expires after an
        hour after you create it.

        Once you complete the Upload, we will create a
        [File](/docs/api-reference/files/object) object that contains all the parts
        you uploaded. This File is usable in the rest of our platform as a regular
        File object.

        For certain `purpose` values, the correct `mime_type` must be specified.
        Please refer to documentation for the
        [supported MIME types for your use case](/docs/assistants/tools/file-search#supported-files).

        For guidance on the proper filename extensions for each purpose, please
        follow the documentation on [creating a
        File](/docs/api-reference/files/create).

        Returns the Upload object with status `pending`.

        Args:
            create_upload_request: CreateUploadRequest

        Returns:
            Upload
        """
        response = self.create_upload_with_http_info(
            create_upload_request=create_upload_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_upload_with_http_info(
        self,
        create_upload_request: CreateUploadRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Upload]:
        """Like :meth:`create_upload`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_upload_call(create_upload_request=create_upload_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def cancel_upload(
        self,
        upload_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Upload:
        """Cancels the Upload. No Parts may be added after an Upload is cancelled.

        Returns the Upload object with status `cancelled`.

        Args:
            upload_id: The ID of the Upload.

        Returns:
            Upload
        """
        response = self.cancel_upload_with_http_info(
            upload_id=upload_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def cancel_upload_with_http_info(
        self,
        upload_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Upload]:
        """Like :meth:`cancel_upload`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _cancel_upload_call(upload_id=upload_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def complete_upload(
        self,
        upload_id: str,
        complete_upload_request: CompleteUploadRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Upload:
        """Completes the [Upload](/docs/api-reference/uploads/object).

        Within the returned Upload object, there is a nested [File](/docs/api-reference/files/object) object that is ready to use in the rest of the platform.

        You can specify the order of the Parts by passing in an ordered list of the Part IDs.

        The number of bytes uploaded upon completion must match the number of bytes initially specified when creating the Upload object. No Parts may be added after an Upload is completed.
        Returns the Upload object with status `completed`, including an additional `file` property containing the created usable File object.

        Args:
            upload_id: The ID of the Upload.
            complete_upload_request: CompleteUploadRequest

        Returns:
            Upload
        """
        response = self.complete_upload_with_http_info(
            upload_id=upload_id,
            complete_upload_request=complete_upload_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def complete_upload_with_http_info(
        self,
        upload_id: str,
        complete_upload_request: CompleteUploadRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Upload]:
        """Like :meth:`complete_upload`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _complete_upload_call(
                upload_id=upload_id, complete_upload_request=complete_upload_request
            ),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def add_upload_part(
        self,
        upload_id: str,
        *,
        data: FileTypes,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UploadPart:
        """Adds a [Part](/docs/api-reference/uploads/part-object) to an [Upload](/docs/api-reference/uploads/object) object. A Part represents a chunk of bytes from the file you are trying to upload.

        Each Part can be at most 64 MB, and you can add Parts until you hit the Upload maximum of 8 GB.

        It is possible to add multiple Parts in parallel. You can decide the intended order of the Parts when you [complete the Upload](/docs/api-reference/uploads/complete).

        Args:
            upload_id: The ID of the Upload.
            data: The chunk of bytes for this Part.

        Returns:
            UploadPart
        """
        response = self.add_upload_part_with_http_info(
            upload_id=upload_id,
            data=data,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def add_upload_part_with_http_info(
        self,
        upload_id: str,
        *,
        data: FileTypes,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UploadPart]:
        """Like :meth:`add_upload_part`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _add_upload_part_call(upload_id=upload_id, data=data),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncUploadsApi:
    """Uploads operations (async).

    Use Uploads to upload large files in multiple parts.
    """

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_upload(
        self,
        create_upload_request: CreateUploadRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Upload:
        """Creates an intermediate [Upload](/docs/api-reference/uploads/object) object
        that you can add [Parts](/docs/api-reference/uploads/part-object) to.
        Currently, an Upload can accept at most 8 GB in total and expires after an
        hour after you create it.

        Once you complete the Upload, we will create a
        [File](/docs/api-reference/files/object) object that contains all the parts
        you uploaded. This File is usable in the rest of our platform as a regular
        File object.

        For certain `purpose` values, the correct `mime_type` must be specified.
        Please refer to documentation for the
        [supported MIME types for your use case](/docs/assistants/tools/file-search#supported-files).

        For guidance on the proper filename extensions for each purpose, please
        follow the documentation on [creating a
        File](/docs/api-reference/files/create).

        Returns the Upload object with status `pending`.

        Args:
            create_upload_request: CreateUploadRequest

        Returns:
            Upload
        """
        response = await self.create_upload_with_http_info(
            create_upload_request=create_upload_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_upload_with_http_info(
        self,
        create_upload_request: CreateUploadRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Upload]:
        """Like :meth:`create_upload`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_upload_call(create_upload_request=create_upload_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def cancel_upload(
        self,
        upload_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Upload:
        """Cancels the Upload. No Parts may be added after an Upload is cancelled.

        Returns the Upload object with status `cancelled`.

        Args:
            upload_id: The ID of the Upload.

        Returns:
            Upload
        """
        response = await self.cancel_upload_with_http_info(
            upload_id=upload_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def cancel_upload_with_http_info(
        self,
        upload_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Upload]:
        """Like :meth:`cancel_upload`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _cancel_upload_call(upload_id=upload_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def complete_upload(
        self,
        upload_id: str,
        complete_upload_request: CompleteUploadRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Upload:
        """Completes the [Upload](/docs/api-reference/uploads/object).

        Within the returned Upload object, there is a nested [File](/docs/api-reference/files/object) object that is ready to use in the rest of the platform.

        You can specify the order of the Parts by passing in an ordered list of the Part IDs.

        The number of bytes uploaded upon completion must match the number of bytes initially specified when creating the Upload object. No Parts may be added after an Upload is completed.
        Returns the Upload object with status `completed`, including an additional `file` property containing the created usable File object.

        Args:
            upload_id: The ID of the Upload.
            complete_upload_request: CompleteUploadRequest

        Returns:
            Upload
        """
        response = await self.complete_upload_with_http_info(
            upload_id=upload_id,
            complete_upload_request=complete_upload_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def complete_upload_with_http_info(
        self,
        upload_id: str,
        complete_upload_request: CompleteUploadRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Upload]:
        """Like :meth:`complete_upload`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _complete_upload_call(
                upload_id=upload_id, complete_upload_request=complete_upload_request
            ),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def add_upload_part(
        self,
        upload_id: str,
        *,
        data: FileTypes,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UploadPart:
        """Adds a [Part](/docs/api-reference/uploads/part-object) to an [Upload](/docs/api-reference/uploads/object) object. A Part represents a chunk of bytes from the file you are trying to upload.

        Each Part can be at most 64 MB, and you can add Parts until you hit the Upload maximum of 8 GB.

        It is possible to add multiple Parts in parallel. You can decide the intended order of the Parts when you [complete the Upload](/docs/api-reference/uploads/complete).

        Args:
            upload_id: The ID of the Upload.
            data: The chunk of bytes for this Part.

        Returns:
            UploadPart
        """
        response = await self.add_upload_part_with_http_info(
            upload_id=upload_id,
            data=data,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def add_upload_part_with_http_info(
        self,
        upload_id: str,
        *,
        data: FileTypes,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UploadPart]:
        """Like :meth:`add_upload_part`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _add_upload_part_call(upload_id=upload_id, data=data),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
