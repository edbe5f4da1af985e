"""Vector stores operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import httpx

from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.create_vector_store_file_batch_request import CreateVectorStoreFileBatchRequest
from ..models.create_vector_store_file_request import CreateVectorStoreFileRequest
from ..models.create_vector_store_request import CreateVectorStoreRequest
from ..models.delete_vector_store_file_response import DeleteVectorStoreFileResponse
from ..models.delete_vector_store_response import DeleteVectorStoreResponse
from ..models.list_vector_store_files_response import ListVectorStoreFilesResponse
from ..models.list_vector_stores_response import ListVectorStoresResponse
from ..models.update_vector_store_file_attributes_request import (
    UpdateVectorStoreFileAttributesRequest,
)
from ..models.update_vector_store_request import UpdateVectorStoreRequest
from ..models.vector_store_file_batch_object import VectorStoreFileBatchObject
from ..models.vector_store_file_content_response import VectorStoreFileContentResponse
from ..models.vector_store_file_object import VectorStoreFileObject
from ..models.vector_store_object import VectorStoreObject
from ..models.vector_store_search_request import VectorStoreSearchRequest
from ..models.vector_store_search_results_page import VectorStoreSearchResultsPage

__all__ = ["VectorStoresApi", "AsyncVectorStoresApi"]


def _list_vector_stores_call(
    limit: int | None,
    order: Literal["asc", "desc"] | str | None,
    after: str | None,
    before: str | None,
) -> Call:
    return Call(
        "GET",
        "/vector_stores",
        query={"limit": limit, "order": order, "after": after, "before": before},
        accept="application/json",
        responses={"200": ("json", ListVectorStoresResponse)},
        security=(("ApiKeyAuth",),),
    )


def _create_vector_store_call(
    create_vector_store_request: CreateVectorStoreRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/vector_stores",
        body_kind="json",
        json=json_body(create_vector_store_request, CreateVectorStoreRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", VectorStoreObject)},
        security=(("ApiKeyAuth",),),
    )


def _get_vector_store_call(
    vector_store_id: str,
) -> Call:
    return Call(
        "GET",
        "/vector_stores/{vector_store_id}",
        path_params={"vector_store_id": vector_store_id},
        accept="application/json",
        responses={"200": ("json", VectorStoreObject)},
        security=(("ApiKeyAuth",),),
    )


def _modify_vector_store_call(
    vector_store_id: str,
    update_vector_store_request: UpdateVectorStoreRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/vector_stores/{vector_store_id}",
        path_params={"vector_store_id": vector_store_id},
        body_kind="json",
        json=json_body(update_vector_store_request, UpdateVectorStoreRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", VectorStoreObject)},
        security=(("ApiKeyAuth",),),
    )


def _delete_vector_store_call(
    vector_store_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/vector_stores/{vector_store_id}",
        path_params={"vector_store_id": vector_store_id},
        accept="application/json",
        responses={"200": ("json", DeleteVectorStoreResponse)},
        security=(("ApiKeyAuth",),),
    )


def _create_vector_store_file_batch_call(
    vector_store_id: str,
    create_vector_store_file_batch_request: CreateVectorStoreFileBatchRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/vector_stores/{vector_store_id}/file_batches",
        path_params={"vector_store_id": vector_store_id},
        body_kind="json",
        json=json_body(create_vector_store_file_batch_request, CreateVectorStoreFileBatchRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", VectorStoreFileBatchObject)},
        security=(("ApiKeyAuth",),),
    )


def _get_vector_store_file_batch_call(
    vector_store_id: str,
    batch_id: str,
) -> Call:
    return Call(
        "GET",
        "/vector_stores/{vector_store_id}/file_batches/{batch_id}",
        path_params={"vector_store_id": vector_store_id, "batch_id": batch_id},
        accept="application/json",
        responses={"200": ("json", VectorStoreFileBatchObject)},
        security=(("ApiKeyAuth",),),
    )


def _cancel_vector_store_file_batch_call(
    vector_store_id: str,
    batch_id: str,
) -> Call:
    return Call(
        "POST",
        "/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
        path_params={"vector_store_id": vector_store_id, "batch_id": batch_id},
        accept="application/json",
        responses={"200": ("json", VectorStoreFileBatchObject)},
        security=(("ApiKeyAuth",),),
    )


def _list_files_in_vector_store_batch_call(
    vector_store_id: str,
    batch_id: str,
    limit: int | None,
    order: Literal["asc", "desc"] | str | None,
    after: str | None,
    before: str | None,
    filter: Literal["in_progress", "completed", "failed", "cancelled"] | str | None,
) -> Call:
    return Call(
        "GET",
        "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
        path_params={"vector_store_id": vector_store_id, "batch_id": batch_id},
        query={"limit": limit, "order": order, "after": after, "before": before, "filter": filter},
        accept="application/json",
        responses={"200": ("json", ListVectorStoreFilesResponse)},
        security=(("ApiKeyAuth",),),
    )


def _list_vector_store_files_call(
    vector_store_id: str,
    limit: int | None,
    order: Literal["asc", "desc"] | str | None,
    after: str | None,
    before: str | None,
    filter: Literal["in_progress", "completed", "failed", "cancelled"] | str | None,
) -> Call:
    return Call(
        "GET",
        "/vector_stores/{vector_store_id}/files",
        path_params={"vector_store_id": vector_store_id},
        query={"limit": limit, "order": order, "after": after, "before": before, "filter": filter},
        accept="application/json",
        responses={"200": ("json", ListVectorStoreFilesResponse)},
        security=(("ApiKeyAuth",),),
    )


def _create_vector_store_file_call(
    vector_store_id: str,
    create_vector_store_file_request: CreateVectorStoreFileRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/vector_stores/{vector_store_id}/files",
        path_params={"vector_store_id": vector_store_id},
        body_kind="json",
        json=json_body(create_vector_store_file_request, CreateVectorStoreFileRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", VectorStoreFileObject)},
        security=(("ApiKeyAuth",),),
    )


def _get_vector_store_file_call(
    vector_store_id: str,
    file_id: str,
) -> Call:
    return Call(
        "GET",
        "/vector_stores/{vector_store_id}/files/{file_id}",
        path_params={"vector_store_id": vector_store_id, "file_id": file_id},
        accept="application/json",
        responses={"200": ("json", VectorStoreFileObject)},
        security=(("ApiKeyAuth",),),
    )


def _update_vector_store_file_attributes_call(
    vector_store_id: str,
    file_id: str,
    update_vector_store_file_attributes_request: (
        UpdateVectorStoreFileAttributesRequest | dict[str, Any]
    ),
) -> Call:
    return Call(
        "POST",
        "/vector_stores/{vector_store_id}/files/{file_id}",
        path_params={"vector_store_id": vector_store_id, "file_id": file_id},
        body_kind="json",
        json=json_body(
            update_vector_store_file_attributes_request, UpdateVectorStoreFileAttributesRequest
        ),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", VectorStoreFileObject)},
        security=(("ApiKeyAuth",),),
    )


def _delete_vector_store_file_call(
    vector_store_id: str,
    file_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/vector_stores/{vector_store_id}/files/{file_id}",
        path_params={"vector_store_id": vector_store_id, "file_id": file_id},
        accept="application/json",
        responses={"200": ("json", DeleteVectorStoreFileResponse)},
        security=(("ApiKeyAuth",),),
    )


def _retrieve_vector_store_file_content_call(
    vector_store_id: str,
    file_id: str,
) -> Call:
    return Call(
        "GET",
        "/vector_stores/{vector_store_id}/files/{file_id}/content",
        path_params={"vector_store_id": vector_store_id, "file_id": file_id},
        accept="application/json",
        responses={"200": ("json", VectorStoreFileContentResponse)},
        security=(("ApiKeyAuth",),),
    )


def _search_vector_store_call(
    vector_store_id: str,
    vector_store_search_request: VectorStoreSearchRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/vector_stores/{vector_store_id}/search",
        path_params={"vector_store_id": vector_store_id},
        body_kind="json",
        json=json_body(vector_store_search_request, VectorStoreSearchRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", VectorStoreSearchResultsPage)},
        security=(("ApiKeyAuth",),),
    )


class VectorStoresApi:
    """Vector stores operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_vector_stores(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListVectorStoresResponse:
        """Returns a list of vector stores.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.

        Returns:
            ListVectorStoresResponse
        """
        response = self.list_vector_stores_with_http_info(
            limit=limit,
            order=order,
            after=after,
            before=before,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_vector_stores_with_http_info(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListVectorStoresResponse]:
        """Like :meth:`list_vector_stores`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_vector_stores_call(limit=limit, order=order, after=after, before=before),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_vector_stores_iter(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[VectorStoreObject]:
        """Auto-paging :meth:`list_vector_stores`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[VectorStoreObject]:
            page = self.list_vector_stores(
                limit=limit,
                order=order,
                after=cursor,
                before=before,
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

    def create_vector_store(
        self,
        create_vector_store_request: CreateVectorStoreRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreObject:
        """Create a vector store.

        Args:
            create_vector_store_request: CreateVectorStoreRequest

        Returns:
            VectorStoreObject
        """
        response = self.create_vector_store_with_http_info(
            create_vector_store_request=create_vector_store_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_vector_store_with_http_info(
        self,
        create_vector_store_request: CreateVectorStoreRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreObject]:
        """Like :meth:`create_vector_store`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_vector_store_call(create_vector_store_request=create_vector_store_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def get_vector_store(
        self,
        vector_store_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreObject:
        """Retrieves a vector store.

        Args:
            vector_store_id: The ID of the vector store to retrieve.

        Returns:
            VectorStoreObject
        """
        response = self.get_vector_store_with_http_info(
            vector_store_id=vector_store_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_vector_store_with_http_info(
        self,
        vector_store_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreObject]:
        """Like :meth:`get_vector_store`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_vector_store_call(vector_store_id=vector_store_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def modify_vector_store(
        self,
        vector_store_id: str,
        update_vector_store_request: UpdateVectorStoreRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreObject:
        """Modifies a vector store.

        Args:
            vector_store_id: The ID of the vector store to modify.
            update_vector_store_request: UpdateVectorStoreRequest

        Returns:
            VectorStoreObject
        """
        response = self.modify_vector_store_with_http_info(
            vector_store_id=vector_store_id,
            update_vector_store_request=update_vector_store_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def modify_vector_store_with_http_info(
        self,
        vector_store_id: str,
        update_vector_store_request: UpdateVectorStoreRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreObject]:
        """Like :meth:`modify_vector_store`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _modify_vector_store_call(
                vector_store_id=vector_store_id,
                update_vector_store_request=update_vector_store_request,
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

    def delete_vector_store(
        self,
        vector_store_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteVectorStoreResponse:
        """Delete a vector store.

        Args:
            vector_store_id: The ID of the vector store to delete.

        Returns:
            DeleteVectorStoreResponse
        """
        response = self.delete_vector_store_with_http_info(
            vector_store_id=vector_store_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_vector_store_with_http_info(
        self,
        vector_store_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteVectorStoreResponse]:
        """Like :meth:`delete_vector_store`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_vector_store_call(vector_store_id=vector_store_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def create_vector_store_file_batch(
        self,
        vector_store_id: str,
        create_vector_store_file_batch_request: CreateVectorStoreFileBatchRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreFileBatchObject:
        """The maximum number of files in a single batch request is 2000.
        Vector store file attach requests are rate limited per vector store (300 requests per minute across both this endpoint and `/vector_stores/{vector_store_id}/files`).
        For ingesting multiple files into the same vector store, this batch endpoint is recommended.

        Args:
            vector_store_id: The ID of the vector store for which to create a File Batch.
            create_vector_store_file_batch_request: CreateVectorStoreFileBatchRequest

        Returns:
            VectorStoreFileBatchObject
        """
        response = self.create_vector_store_file_batch_with_http_info(
            vector_store_id=vector_store_id,
            create_vector_store_file_batch_request=create_vector_store_file_batch_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_vector_store_file_batch_with_http_info(
        self,
        vector_store_id: str,
        create_vector_store_file_batch_request: CreateVectorStoreFileBatchRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreFileBatchObject]:
        """Like :meth:`create_vector_store_file_batch`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_vector_store_file_batch_call(
                vector_store_id=vector_store_id,
                create_vector_store_file_batch_request=create_vector_store_file_batch_request,
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

    def get_vector_store_file_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreFileBatchObject:
        """Retrieves a vector store file batch.

        Args:
            vector_store_id: The ID of the vector store that the file batch belongs to.
            batch_id: The ID of the file batch being retrieved.

        Returns:
            VectorStoreFileBatchObject
        """
        response = self.get_vector_store_file_batch_with_http_info(
            vector_store_id=vector_store_id,
            batch_id=batch_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_vector_store_file_batch_with_http_info(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreFileBatchObject]:
        """Like :meth:`get_vector_store_file_batch`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_vector_store_file_batch_call(vector_store_id=vector_store_id, batch_id=batch_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def cancel_vector_store_file_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreFileBatchObject:
        """Cancel a vector store file batch. This attempts to cancel the processing of files in this batch as soon as possible.

        Args:
            vector_store_id: The ID of the vector store that the file batch belongs to.
            batch_id: The ID of the file batch to cancel.

        Returns:
            VectorStoreFileBatchObject
        """
        response = self.cancel_vector_store_file_batch_with_http_info(
            vector_store_id=vector_store_id,
            batch_id=batch_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def cancel_vector_store_file_batch_with_http_info(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreFileBatchObject]:
        """Like :meth:`cancel_vector_store_file_batch`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _cancel_vector_store_file_batch_call(
                vector_store_id=vector_store_id, batch_id=batch_id
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

    def list_files_in_vector_store_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListVectorStoreFilesResponse:
        """Returns a list of vector store files in a batch.

        Args:
            vector_store_id: The ID of the vector store that the files belong to.
            batch_id: The ID of the file batch that the files belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.

        Returns:
            ListVectorStoreFilesResponse
        """
        response = self.list_files_in_vector_store_batch_with_http_info(
            vector_store_id=vector_store_id,
            batch_id=batch_id,
            limit=limit,
            order=order,
            after=after,
            before=before,
            filter=filter,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_files_in_vector_store_batch_with_http_info(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListVectorStoreFilesResponse]:
        """Like :meth:`list_files_in_vector_store_batch`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_files_in_vector_store_batch_call(
                vector_store_id=vector_store_id,
                batch_id=batch_id,
                limit=limit,
                order=order,
                after=after,
                before=before,
                filter=filter,
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

    def list_files_in_vector_store_batch_iter(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[VectorStoreFileObject]:
        """Auto-paging :meth:`list_files_in_vector_store_batch`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[VectorStoreFileObject]:
            page = self.list_files_in_vector_store_batch(
                vector_store_id=vector_store_id,
                batch_id=batch_id,
                limit=limit,
                order=order,
                after=cursor,
                before=before,
                filter=filter,
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

    def list_vector_store_files(
        self,
        vector_store_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListVectorStoreFilesResponse:
        """Returns a list of vector store files.

        Args:
            vector_store_id: The ID of the vector store that the files belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.

        Returns:
            ListVectorStoreFilesResponse
        """
        response = self.list_vector_store_files_with_http_info(
            vector_store_id=vector_store_id,
            limit=limit,
            order=order,
            after=after,
            before=before,
            filter=filter,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_vector_store_files_with_http_info(
        self,
        vector_store_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListVectorStoreFilesResponse]:
        """Like :meth:`list_vector_store_files`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_vector_store_files_call(
                vector_store_id=vector_store_id,
                limit=limit,
                order=order,
                after=after,
                before=before,
                filter=filter,
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

    def list_vector_store_files_iter(
        self,
        vector_store_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[VectorStoreFileObject]:
        """Auto-paging :meth:`list_vector_store_files`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[VectorStoreFileObject]:
            page = self.list_vector_store_files(
                vector_store_id=vector_store_id,
                limit=limit,
                order=order,
                after=cursor,
                before=before,
                filter=filter,
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

    def create_vector_store_file(
        self,
        vector_store_id: str,
        create_vector_store_file_request: CreateVectorStoreFileRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreFileObject:
        """This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared with `/vector_stores/{vector_store_id}/file_batches`.
        For uploading multiple files to the same vector store, use the file batches endpoint to reduce request volume.

        Args:
            vector_store_id: The ID of the vector store for which to create a File.
            create_vector_store_file_request: CreateVectorStoreFileRequest

        Returns:
            VectorStoreFileObject
        """
        response = self.create_vector_store_file_with_http_info(
            vector_store_id=vector_store_id,
            create_vector_store_file_request=create_vector_store_file_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_vector_store_file_with_http_info(
        self,
        vector_store_id: str,
        create_vector_store_file_request: CreateVectorStoreFileRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreFileObject]:
        """Like :meth:`create_vector_store_file`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_vector_store_file_call(
                vector_store_id=vector_store_id,
                create_vector_store_file_request=create_vector_store_file_request,
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

    def get_vector_store_file(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreFileObject:
        """Retrieves a vector store file.

        Args:
            vector_store_id: The ID of the vector store that the file belongs to.
            file_id: The ID of the file being retrieved.

        Returns:
            VectorStoreFileObject
        """
        response = self.get_vector_store_file_with_http_info(
            vector_store_id=vector_store_id,
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_vector_store_file_with_http_info(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreFileObject]:
        """Like :meth:`get_vector_store_file`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_vector_store_file_call(vector_store_id=vector_store_id, file_id=file_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def update_vector_store_file_attributes(
        self,
        vector_store_id: str,
        file_id: str,
        update_vector_store_file_attributes_request: (
            UpdateVectorStoreFileAttributesRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreFileObject:
        """Update attributes on a vector store file.

        Args:
            vector_store_id: The ID of the vector store the file belongs to.
            file_id: The ID of the file to update attributes.
            update_vector_store_file_attributes_request: UpdateVectorStoreFileAttributesRequest

        Returns:
            VectorStoreFileObject
        """
        response = self.update_vector_store_file_attributes_with_http_info(
            vector_store_id=vector_store_id,
            file_id=file_id,
            update_vector_store_file_attributes_request=update_vector_store_file_attributes_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def update_vector_store_file_attributes_with_http_info(
        self,
        vector_store_id: str,
        file_id: str,
        update_vector_store_file_attributes_request: (
            UpdateVectorStoreFileAttributesRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreFileObject]:
        """Like :meth:`update_vector_store_file_attributes`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _update_vector_store_file_attributes_call(
                vector_store_id=vector_store_id,
                file_id=file_id,
                update_vector_store_file_attributes_request=update_vector_store_file_attributes_request,
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

    def delete_vector_store_file(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteVectorStoreFileResponse:
        """Delete a vector store file. This will remove the file from the vector store but the file itself will not be deleted. To delete the file, use the [delete file](/docs/api-reference/files/delete) endpoint.

        Args:
            vector_store_id: The ID of the vector store that the file belongs to.
            file_id: The ID of the file to delete.

        Returns:
            DeleteVectorStoreFileResponse
        """
        response = self.delete_vector_store_file_with_http_info(
            vector_store_id=vector_store_id,
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_vector_store_file_with_http_info(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteVectorStoreFileResponse]:
        """Like :meth:`delete_vector_store_file`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_vector_store_file_call(vector_store_id=vector_store_id, file_id=file_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def retrieve_vector_store_file_content(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreFileContentResponse:
        """Retrieve the parsed contents of a vector store file.

        Args:
            vector_store_id: The ID of the vector store.
            file_id: The ID of the file within the vector store.

        Returns:
            VectorStoreFileContentResponse
        """
        response = self.retrieve_vector_store_file_content_with_http_info(
            vector_store_id=vector_store_id,
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_vector_store_file_content_with_http_info(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreFileContentResponse]:
        """Like :meth:`retrieve_vector_store_file_content`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_vector_store_file_content_call(
                vector_store_id=vector_store_id, file_id=file_id
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

    def search_vector_store(
        self,
        vector_store_id: str,
        vector_store_search_request: VectorStoreSearchRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreSearchResultsPage:
        """Search a vector store for relevant chunks based on a query and file attributes filter.

        Args:
            vector_store_id: The ID of the vector store to search.
            vector_store_search_request: VectorStoreSearchRequest

        Returns:
            VectorStoreSearchResultsPage
        """
        response = self.search_vector_store_with_http_info(
            vector_store_id=vector_store_id,
            vector_store_search_request=vector_store_search_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def search_vector_store_with_http_info(
        self,
        vector_store_id: str,
        vector_store_search_request: VectorStoreSearchRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreSearchResultsPage]:
        """Like :meth:`search_vector_store`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _search_vector_store_call(
                vector_store_id=vector_store_id,
                vector_store_search_request=vector_store_search_request,
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


class AsyncVectorStoresApi:
    """Vector stores operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_vector_stores(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListVectorStoresResponse:
        """Returns a list of vector stores.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.

        Returns:
            ListVectorStoresResponse
        """
        response = await self.list_vector_stores_with_http_info(
            limit=limit,
            order=order,
            after=after,
            before=before,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_vector_stores_with_http_info(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListVectorStoresResponse]:
        """Like :meth:`list_vector_stores`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_vector_stores_call(limit=limit, order=order, after=after, before=before),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_vector_stores_iter(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[VectorStoreObject]:
        """Auto-paging :meth:`list_vector_stores`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[VectorStoreObject]:
            page = await self.list_vector_stores(
                limit=limit,
                order=order,
                after=cursor,
                before=before,
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

        async def first() -> AsyncPage[VectorStoreObject]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_vector_store(
        self,
        create_vector_store_request: CreateVectorStoreRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreObject:
        """Create a vector store.

        Args:
            create_vector_store_request: CreateVectorStoreRequest

        Returns:
            VectorStoreObject
        """
        response = await self.create_vector_store_with_http_info(
            create_vector_store_request=create_vector_store_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_vector_store_with_http_info(
        self,
        create_vector_store_request: CreateVectorStoreRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreObject]:
        """Like :meth:`create_vector_store`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_vector_store_call(create_vector_store_request=create_vector_store_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def get_vector_store(
        self,
        vector_store_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreObject:
        """Retrieves a vector store.

        Args:
            vector_store_id: The ID of the vector store to retrieve.

        Returns:
            VectorStoreObject
        """
        response = await self.get_vector_store_with_http_info(
            vector_store_id=vector_store_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_vector_store_with_http_info(
        self,
        vector_store_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreObject]:
        """Like :meth:`get_vector_store`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_vector_store_call(vector_store_id=vector_store_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def modify_vector_store(
        self,
        vector_store_id: str,
        update_vector_store_request: UpdateVectorStoreRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreObject:
        """Modifies a vector store.

        Args:
            vector_store_id: The ID of the vector store to modify.
            update_vector_store_request: UpdateVectorStoreRequest

        Returns:
            VectorStoreObject
        """
        response = await self.modify_vector_store_with_http_info(
            vector_store_id=vector_store_id,
            update_vector_store_request=update_vector_store_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def modify_vector_store_with_http_info(
        self,
        vector_store_id: str,
        update_vector_store_request: UpdateVectorStoreRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreObject]:
        """Like :meth:`modify_vector_store`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _modify_vector_store_call(
                vector_store_id=vector_store_id,
                update_vector_store_request=update_vector_store_request,
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

    async def delete_vector_store(
        self,
        vector_store_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteVectorStoreResponse:
        """Delete a vector store.

        Args:
            vector_store_id: The ID of the vector store to delete.

        Returns:
            DeleteVectorStoreResponse
        """
        response = await self.delete_vector_store_with_http_info(
            vector_store_id=vector_store_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_vector_store_with_http_info(
        self,
        vector_store_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteVectorStoreResponse]:
        """Like :meth:`delete_vector_store`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_vector_store_call(vector_store_id=vector_store_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def create_vector_store_file_batch(
        self,
        vector_store_id: str,
        create_vector_store_file_batch_request: CreateVectorStoreFileBatchRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreFileBatchObject:
        """The maximum number of files in a single batch request is 2000.
        Vector store file attach requests are rate limited per vector store (300 requests per minute across both this endpoint and `/vector_stores/{vector_store_id}/files`).
        For ingesting multiple files into the same vector store, this batch endpoint is recommended.

        Args:
            vector_store_id: The ID of the vector store for which to create a File Batch.
            create_vector_store_file_batch_request: CreateVectorStoreFileBatchRequest

        Returns:
            VectorStoreFileBatchObject
        """
        response = await self.create_vector_store_file_batch_with_http_info(
            vector_store_id=vector_store_id,
            create_vector_store_file_batch_request=create_vector_store_file_batch_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_vector_store_file_batch_with_http_info(
        self,
        vector_store_id: str,
        create_vector_store_file_batch_request: CreateVectorStoreFileBatchRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreFileBatchObject]:
        """Like :meth:`create_vector_store_file_batch`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_vector_store_file_batch_call(
                vector_store_id=vector_store_id,
                create_vector_store_file_batch_request=create_vector_store_file_batch_request,
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

    async def get_vector_store_file_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreFileBatchObject:
        """Retrieves a vector store file batch.

        Args:
            vector_store_id: The ID of the vector store that the file batch belongs to.
            batch_id: The ID of the file batch being retrieved.

        Returns:
            VectorStoreFileBatchObject
        """
        response = await self.get_vector_store_file_batch_with_http_info(
            vector_store_id=vector_store_id,
            batch_id=batch_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_vector_store_file_batch_with_http_info(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreFileBatchObject]:
        """Like :meth:`get_vector_store_file_batch`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_vector_store_file_batch_call(vector_store_id=vector_store_id, batch_id=batch_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def cancel_vector_store_file_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreFileBatchObject:
        """Cancel a vector store file batch. This attempts to cancel the processing of files in this batch as soon as possible.

        Args:
            vector_store_id: The ID of the vector store that the file batch belongs to.
            batch_id: The ID of the file batch to cancel.

        Returns:
            VectorStoreFileBatchObject
        """
        response = await self.cancel_vector_store_file_batch_with_http_info(
            vector_store_id=vector_store_id,
            batch_id=batch_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def cancel_vector_store_file_batch_with_http_info(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreFileBatchObject]:
        """Like :meth:`cancel_vector_store_file_batch`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _cancel_vector_store_file_batch_call(
                vector_store_id=vector_store_id, batch_id=batch_id
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

    async def list_files_in_vector_store_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListVectorStoreFilesResponse:
        """Returns a list of vector store files in a batch.

        Args:
            vector_store_id: The ID of the vector store that the files belong to.
            batch_id: The ID of the file batch that the files belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.

        Returns:
            ListVectorStoreFilesResponse
        """
        response = await self.list_files_in_vector_store_batch_with_http_info(
            vector_store_id=vector_store_id,
            batch_id=batch_id,
            limit=limit,
            order=order,
            after=after,
            before=before,
            filter=filter,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_files_in_vector_store_batch_with_http_info(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListVectorStoreFilesResponse]:
        """Like :meth:`list_files_in_vector_store_batch`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_files_in_vector_store_batch_call(
                vector_store_id=vector_store_id,
                batch_id=batch_id,
                limit=limit,
                order=order,
                after=after,
                before=before,
                filter=filter,
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

    def list_files_in_vector_store_batch_iter(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[VectorStoreFileObject]:
        """Auto-paging :meth:`list_files_in_vector_store_batch`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[VectorStoreFileObject]:
            page = await self.list_files_in_vector_store_batch(
                vector_store_id=vector_store_id,
                batch_id=batch_id,
                limit=limit,
                order=order,
                after=cursor,
                before=before,
                filter=filter,
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

        async def first() -> AsyncPage[VectorStoreFileObject]:
            return await fetch(after)

        return AsyncPager(first)

    async def list_vector_store_files(
        self,
        vector_store_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListVectorStoreFilesResponse:
        """Returns a list of vector store files.

        Args:
            vector_store_id: The ID of the vector store that the files belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.

        Returns:
            ListVectorStoreFilesResponse
        """
        response = await self.list_vector_store_files_with_http_info(
            vector_store_id=vector_store_id,
            limit=limit,
            order=order,
            after=after,
            before=before,
            filter=filter,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_vector_store_files_with_http_info(
        self,
        vector_store_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListVectorStoreFilesResponse]:
        """Like :meth:`list_vector_store_files`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_vector_store_files_call(
                vector_store_id=vector_store_id,
                limit=limit,
                order=order,
                after=after,
                before=before,
                filter=filter,
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

    def list_vector_store_files_iter(
        self,
        vector_store_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        before: str | None = None,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[VectorStoreFileObject]:
        """Auto-paging :meth:`list_vector_store_files`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[VectorStoreFileObject]:
            page = await self.list_vector_store_files(
                vector_store_id=vector_store_id,
                limit=limit,
                order=order,
                after=cursor,
                before=before,
                filter=filter,
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

        async def first() -> AsyncPage[VectorStoreFileObject]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_vector_store_file(
        self,
        vector_store_id: str,
        create_vector_store_file_request: CreateVectorStoreFileRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreFileObject:
        """This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared with `/vector_stores/{vector_store_id}/file_batches`.
        For uploading multiple files to the same vector store, use the file batches endpoint to reduce request volume.

        Args:
            vector_store_id: The ID of the vector store for which to create a File.
            create_vector_store_file_request: CreateVectorStoreFileRequest

        Returns:
            VectorStoreFileObject
        """
        response = await self.create_vector_store_file_with_http_info(
            vector_store_id=vector_store_id,
            create_vector_store_file_request=create_vector_store_file_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_vector_store_file_with_http_info(
        self,
        vector_store_id: str,
        create_vector_store_file_request: CreateVectorStoreFileRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreFileObject]:
        """Like :meth:`create_vector_store_file`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_vector_store_file_call(
                vector_store_id=vector_store_id,
                create_vector_store_file_request=create_vector_store_file_request,
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

    async def get_vector_store_file(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreFileObject:
        """Retrieves a vector store file.

        Args:
            vector_store_id: The ID of the vector store that the file belongs to.
            file_id: The ID of the file being retrieved.

        Returns:
            VectorStoreFileObject
        """
        response = await self.get_vector_store_file_with_http_info(
            vector_store_id=vector_store_id,
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_vector_store_file_with_http_info(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreFileObject]:
        """Like :meth:`get_vector_store_file`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_vector_store_file_call(vector_store_id=vector_store_id, file_id=file_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def update_vector_store_file_attributes(
        self,
        vector_store_id: str,
        file_id: str,
        update_vector_store_file_attributes_request: (
            UpdateVectorStoreFileAttributesRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreFileObject:
        """Update attributes on a vector store file.

        Args:
            vector_store_id: The ID of the vector store the file belongs to.
            file_id: The ID of the file to update attributes.
            update_vector_store_file_attributes_request: UpdateVectorStoreFileAttributesRequest

        Returns:
            VectorStoreFileObject
        """
        response = await self.update_vector_store_file_attributes_with_http_info(
            vector_store_id=vector_store_id,
            file_id=file_id,
            update_vector_store_file_attributes_request=update_vector_store_file_attributes_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def update_vector_store_file_attributes_with_http_info(
        self,
        vector_store_id: str,
        file_id: str,
        update_vector_store_file_attributes_request: (
            UpdateVectorStoreFileAttributesRequest | dict[str, Any]
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreFileObject]:
        """Like :meth:`update_vector_store_file_attributes`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _update_vector_store_file_attributes_call(
                vector_store_id=vector_store_id,
                file_id=file_id,
                update_vector_store_file_attributes_request=update_vector_store_file_attributes_request,
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

    async def delete_vector_store_file(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteVectorStoreFileResponse:
        """Delete a vector store file. This will remove the file from the vector store but the file itself will not be deleted. To delete the file, use the [delete file](/docs/api-reference/files/delete) endpoint.

        Args:
            vector_store_id: The ID of the vector store that the file belongs to.
            file_id: The ID of the file to delete.

        Returns:
            DeleteVectorStoreFileResponse
        """
        response = await self.delete_vector_store_file_with_http_info(
            vector_store_id=vector_store_id,
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_vector_store_file_with_http_info(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteVectorStoreFileResponse]:
        """Like :meth:`delete_vector_store_file`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_vector_store_file_call(vector_store_id=vector_store_id, file_id=file_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def retrieve_vector_store_file_content(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreFileContentResponse:
        """Retrieve the parsed contents of a vector store file.

        Args:
            vector_store_id: The ID of the vector store.
            file_id: The ID of the file within the vector store.

        Returns:
            VectorStoreFileContentResponse
        """
        response = await self.retrieve_vector_store_file_content_with_http_info(
            vector_store_id=vector_store_id,
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_vector_store_file_content_with_http_info(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreFileContentResponse]:
        """Like :meth:`retrieve_vector_store_file_content`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_vector_store_file_content_call(
                vector_store_id=vector_store_id, file_id=file_id
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

    async def search_vector_store(
        self,
        vector_store_id: str,
        vector_store_search_request: VectorStoreSearchRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> VectorStoreSearchResultsPage:
        """Search a vector store for relevant chunks based on a query and file attributes filter.

        Args:
            vector_store_id: The ID of the vector store to search.
            vector_store_search_request: VectorStoreSearchRequest

        Returns:
            VectorStoreSearchResultsPage
        """
        response = await self.search_vector_store_with_http_info(
            vector_store_id=vector_store_id,
            vector_store_search_request=vector_store_search_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def search_vector_store_with_http_info(
        self,
        vector_store_id: str,
        vector_store_search_request: VectorStoreSearchRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[VectorStoreSearchResultsPage]:
        """Like :meth:`search_vector_store`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _search_vector_store_call(
                vector_store_id=vector_store_id,
                vector_store_search_request=vector_store_search_request,
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
