"""Batch operations: Create large batches of API requests to run asynchronously.."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.batch import Batch
from ..models.create_batch_request import CreateBatchRequest
from ..models.list_batches_response import ListBatchesResponse

__all__ = ["BatchApi", "AsyncBatchApi"]


def _list_batches_call(
    after: str | None,
    limit: int | None,
) -> Call:
    return Call(
        "GET",
        "/batches",
        query={"after": after, "limit": limit},
        accept="application/json",
        responses={"200": ("json", ListBatchesResponse)},
        security=(("ApiKeyAuth",),),
    )


def _create_batch_call(
    create_batch_request: CreateBatchRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/batches",
        body_kind="json",
        json=json_body(create_batch_request, CreateBatchRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", Batch)},
        security=(("ApiKeyAuth",),),
    )


def _retrieve_batch_call(
    batch_id: str,
) -> Call:
    return Call(
        "GET",
        "/batches/{batch_id}",
        path_params={"batch_id": batch_id},
        accept="application/json",
        responses={"200": ("json", Batch)},
        security=(("ApiKeyAuth",),),
    )


def _cancel_batch_call(
    batch_id: str,
) -> Call:
    return Call(
        "POST",
        "/batches/{batch_id}/cancel",
        path_params={"batch_id": batch_id},
        accept="application/json",
        responses={"200": ("json", Batch)},
        security=(("ApiKeyAuth",),),
    )


class BatchApi:
    """Batch operations.

    Create large batches of API requests to run asynchronously.
    """

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_batches(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListBatchesResponse:
        """List your organization's batches.

        Args:
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

        Returns:
            ListBatchesResponse
        """
        response = self.list_batches_with_http_info(
            after=after,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_batches_with_http_info(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListBatchesResponse]:
        """Like :meth:`list_batches`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_batches_call(after=after, limit=limit),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_batches_iter(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[Batch]:
        """Auto-paging :meth:`list_batches`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[Batch]:
            page = self.list_batches(
                after=cursor,
                limit=limit,
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

    def create_batch(
        self,
        create_batch_request: CreateBatchRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Batch:
        """Creates and executes a batch from an uploaded file of requests

        Args:
            create_batch_request: CreateBatchRequest

        Returns:
            Batch
        """
        response = self.create_batch_with_http_info(
            create_batch_request=create_batch_request,
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
        create_batch_request: CreateBatchRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Batch]:
        """Like :meth:`create_batch`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_batch_call(create_batch_request=create_batch_request),
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
    ) -> Batch:
        """Retrieves a batch.

        Args:
            batch_id: The ID of the batch to retrieve.

        Returns:
            Batch
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
    ) -> ApiResponse[Batch]:
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

    def cancel_batch(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Batch:
        """Cancels an in-progress batch. The batch will be in status `cancelling` for up to 10 minutes, before changing to `cancelled`, where it will have partial results (if any) available in the output file.

        Args:
            batch_id: The ID of the batch to cancel.

        Returns:
            Batch
        """
        response = self.cancel_batch_with_http_info(
            batch_id=batch_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def cancel_batch_with_http_info(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Batch]:
        """Like :meth:`cancel_batch`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _cancel_batch_call(batch_id=batch_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncBatchApi:
    """Batch operations (async).

    Create large batches of API requests to run asynchronously.
    """

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_batches(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListBatchesResponse:
        """List your organization's batches.

        Args:
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

        Returns:
            ListBatchesResponse
        """
        response = await self.list_batches_with_http_info(
            after=after,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_batches_with_http_info(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListBatchesResponse]:
        """Like :meth:`list_batches`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_batches_call(after=after, limit=limit),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_batches_iter(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[Batch]:
        """Auto-paging :meth:`list_batches`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[Batch]:
            page = await self.list_batches(
                after=cursor,
                limit=limit,
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

        async def first() -> AsyncPage[Batch]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_batch(
        self,
        create_batch_request: CreateBatchRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Batch:
        """Creates and executes a batch from an uploaded file of requests

        Args:
            create_batch_request: CreateBatchRequest

        Returns:
            Batch
        """
        response = await self.create_batch_with_http_info(
            create_batch_request=create_batch_request,
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
        create_batch_request: CreateBatchRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Batch]:
        """Like :meth:`create_batch`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_batch_call(create_batch_request=create_batch_request),
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
    ) -> Batch:
        """Retrieves a batch.

        Args:
            batch_id: The ID of the batch to retrieve.

        Returns:
            Batch
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
    ) -> ApiResponse[Batch]:
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

    async def cancel_batch(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Batch:
        """Cancels an in-progress batch. The batch will be in status `cancelling` for up to 10 minutes, before changing to `cancelled`, where it will have partial results (if any) available in the output file.

        Args:
            batch_id: The ID of the batch to cancel.

        Returns:
            Batch
        """
        response = await self.cancel_batch_with_http_info(
            batch_id=batch_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def cancel_batch_with_http_info(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Batch]:
        """Like :meth:`cancel_batch`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _cancel_batch_call(batch_id=batch_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
