"""batches operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.batch_request import BatchRequest
from ..models.batch_response import BatchResponse

__all__ = ["BatchesApi", "AsyncBatchesApi"]


def _create_batch_call(
    batch_request: BatchRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/batches",
        body_kind="json",
        json=json_body(batch_request, BatchRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", BatchResponse)},
        security=(("BearerAuth",),),
    )


def _retrieve_batch_call(
    batch_id: str,
) -> Call:
    return Call(
        "GET",
        "/batches/{batch_id}",
        path_params={"batch_id": batch_id},
        accept="application/json",
        responses={"200": ("json", BatchResponse)},
        security=(("BearerAuth",),),
    )


class BatchesApi:
    """batches operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def create_batch(
        self,
        batch_request: BatchRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> BatchResponse:
        """Creates a batch of API requests.

        Args:
            batch_request: BatchRequest

        Returns:
            BatchResponse
        """
        response = self.create_batch_with_http_info(
            batch_request=batch_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_batch_with_http_info(
        self,
        batch_request: BatchRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[BatchResponse]:
        """Like :meth:`create_batch`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_batch_call(batch_request=batch_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def retrieve_batch(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> BatchResponse:
        """Retrieves a batch.

        Args:
            batch_id: The ID of the batch to retrieve.

        Returns:
            BatchResponse
        """
        response = self.retrieve_batch_with_http_info(
            batch_id=batch_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_batch_with_http_info(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[BatchResponse]:
        """Like :meth:`retrieve_batch`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_batch_call(batch_id=batch_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncBatchesApi:
    """batches operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_batch(
        self,
        batch_request: BatchRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> BatchResponse:
        """Creates a batch of API requests.

        Args:
            batch_request: BatchRequest

        Returns:
            BatchResponse
        """
        response = await self.create_batch_with_http_info(
            batch_request=batch_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_batch_with_http_info(
        self,
        batch_request: BatchRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[BatchResponse]:
        """Like :meth:`create_batch`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_batch_call(batch_request=batch_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def retrieve_batch(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> BatchResponse:
        """Retrieves a batch.

        Args:
            batch_id: The ID of the batch to retrieve.

        Returns:
            BatchResponse
        """
        response = await self.retrieve_batch_with_http_info(
            batch_id=batch_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_batch_with_http_info(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[BatchResponse]:
        """Like :meth:`retrieve_batch`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_batch_call(batch_id=batch_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
