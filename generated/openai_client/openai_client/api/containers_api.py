"""containers operations."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import httpx

from .._binary import AsyncBinaryStream, BinaryStream
from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, FileTypes, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.container_file_list_resource import ContainerFileListResource
from ..models.container_file_resource import ContainerFileResource
from ..models.container_list_resource import ContainerListResource
from ..models.container_resource import ContainerResource
from ..models.create_container_body import CreateContainerBody

__all__ = ["ContainersApi", "AsyncContainersApi"]


def _list_containers_call(
    limit: int | None,
    order: Literal["asc", "desc"] | str | None,
    after: str | None,
    name: str | None,
) -> Call:
    return Call(
        "GET",
        "/containers",
        query={"limit": limit, "order": order, "after": after, "name": name},
        accept="application/json",
        responses={"200": ("json", ContainerListResource)},
        security=(("ApiKeyAuth",),),
    )


def _create_container_call(
    create_container_body: CreateContainerBody | dict[str, Any] | None,
) -> Call:
    return Call(
        "POST",
        "/containers",
        body_kind="json",
        json=json_body(create_container_body, CreateContainerBody),
        has_json=create_container_body is not None,
        accept="application/json",
        responses={"200": ("json", ContainerResource)},
        security=(("ApiKeyAuth",),),
    )


def _retrieve_container_call(
    container_id: str,
) -> Call:
    return Call(
        "GET",
        "/containers/{container_id}",
        path_params={"container_id": container_id},
        accept="application/json",
        responses={"200": ("json", ContainerResource)},
        security=(("ApiKeyAuth",),),
    )


def _delete_container_call(
    container_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/containers/{container_id}",
        path_params={"container_id": container_id},
        responses={"200": ("empty", None)},
        security=(("ApiKeyAuth",),),
    )


def _list_container_files_call(
    container_id: str,
    limit: int | None,
    order: Literal["asc", "desc"] | str | None,
    after: str | None,
) -> Call:
    return Call(
        "GET",
        "/containers/{container_id}/files",
        path_params={"container_id": container_id},
        query={"limit": limit, "order": order, "after": after},
        accept="application/json",
        responses={"200": ("json", ContainerFileListResource)},
        security=(("ApiKeyAuth",),),
    )


def _create_container_file_call(
    container_id: str,
    file_id: str | None,
    file: FileTypes | None,
) -> Call:
    return Call(
        "POST",
        "/containers/{container_id}/files",
        path_params={"container_id": container_id},
        body_kind="multipart",
        form={"file_id": file_id},
        files={"file": file},
        accept="application/json",
        responses={"200": ("json", ContainerFileResource)},
        security=(("ApiKeyAuth",),),
    )


def _retrieve_container_file_call(
    container_id: str,
    file_id: str,
) -> Call:
    return Call(
        "GET",
        "/containers/{container_id}/files/{file_id}",
        path_params={"container_id": container_id, "file_id": file_id},
        accept="application/json",
        responses={"200": ("json", ContainerFileResource)},
        security=(("ApiKeyAuth",),),
    )


def _delete_container_file_call(
    container_id: str,
    file_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/containers/{container_id}/files/{file_id}",
        path_params={"container_id": container_id, "file_id": file_id},
        responses={"200": ("empty", None)},
        security=(("ApiKeyAuth",),),
    )


def _retrieve_container_file_content_call(
    container_id: str,
    file_id: str,
) -> Call:
    return Call(
        "GET",
        "/containers/{container_id}/files/{file_id}/content",
        path_params={"container_id": container_id, "file_id": file_id},
        accept="*/*",
        responses={"200": ("binary", None)},
        security=(("ApiKeyAuth",),),
    )


class ContainersApi:
    """containers operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_containers(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        name: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ContainerListResource:
        """Lists containers.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            name: Filter results by container name.

        Returns:
            ContainerListResource
        """
        response = self.list_containers_with_http_info(
            limit=limit,
            order=order,
            after=after,
            name=name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_containers_with_http_info(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        name: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ContainerListResource]:
        """Like :meth:`list_containers`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_containers_call(limit=limit, order=order, after=after, name=name),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_containers_iter(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        name: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[ContainerResource]:
        """Auto-paging :meth:`list_containers`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[ContainerResource]:
            page = self.list_containers(
                limit=limit,
                order=order,
                after=cursor,
                name=name,
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

    def create_container(
        self,
        *,
        create_container_body: CreateContainerBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ContainerResource:
        """Creates a container.

        Args:
            create_container_body: CreateContainerBody

        Returns:
            ContainerResource
        """
        response = self.create_container_with_http_info(
            create_container_body=create_container_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_container_with_http_info(
        self,
        *,
        create_container_body: CreateContainerBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ContainerResource]:
        """Like :meth:`create_container`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_container_call(create_container_body=create_container_body),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def retrieve_container(
        self,
        container_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ContainerResource:
        """Retrieves a container.

        Args:
            container_id: str

        Returns:
            ContainerResource
        """
        response = self.retrieve_container_with_http_info(
            container_id=container_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_container_with_http_info(
        self,
        container_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ContainerResource]:
        """Like :meth:`retrieve_container`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_container_call(container_id=container_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def delete_container(
        self,
        container_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> None:
        """Delete a container.

        Args:
            container_id: The ID of the container to delete.

        Returns:
            None
        """
        response = self.delete_container_with_http_info(
            container_id=container_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_container_with_http_info(
        self,
        container_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[None]:
        """Like :meth:`delete_container`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_container_call(container_id=container_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_container_files(
        self,
        container_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ContainerFileListResource:
        """Lists container files.

        Args:
            container_id: str
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

        Returns:
            ContainerFileListResource
        """
        response = self.list_container_files_with_http_info(
            container_id=container_id,
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

    def list_container_files_with_http_info(
        self,
        container_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ContainerFileListResource]:
        """Like :meth:`list_container_files`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_container_files_call(
                container_id=container_id, limit=limit, order=order, after=after
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

    def list_container_files_iter(
        self,
        container_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[ContainerFileResource]:
        """Auto-paging :meth:`list_container_files`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[ContainerFileResource]:
            page = self.list_container_files(
                container_id=container_id,
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

    def create_container_file(
        self,
        container_id: str,
        *,
        file_id: str | None = None,
        file: FileTypes | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ContainerFileResource:
        """Creates a container file.

        Args:
            container_id: str
            file_id: Name of the file to create.
            file: The File object (not file name) to be uploaded.

        Returns:
            ContainerFileResource
        """
        response = self.create_container_file_with_http_info(
            container_id=container_id,
            file_id=file_id,
            file=file,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_container_file_with_http_info(
        self,
        container_id: str,
        *,
        file_id: str | None = None,
        file: FileTypes | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ContainerFileResource]:
        """Like :meth:`create_container_file`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_container_file_call(container_id=container_id, file_id=file_id, file=file),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def retrieve_container_file(
        self,
        container_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ContainerFileResource:
        """Retrieves a container file.

        Args:
            container_id: str
            file_id: str

        Returns:
            ContainerFileResource
        """
        response = self.retrieve_container_file_with_http_info(
            container_id=container_id,
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_container_file_with_http_info(
        self,
        container_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ContainerFileResource]:
        """Like :meth:`retrieve_container_file`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_container_file_call(container_id=container_id, file_id=file_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def delete_container_file(
        self,
        container_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> None:
        """Delete a container file.

        Args:
            container_id: str
            file_id: str

        Returns:
            None
        """
        response = self.delete_container_file_with_http_info(
            container_id=container_id,
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_container_file_with_http_info(
        self,
        container_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[None]:
        """Like :meth:`delete_container_file`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_container_file_call(container_id=container_id, file_id=file_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def retrieve_container_file_content(
        self,
        container_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> bytes:
        """Retrieves a container file content.

        Args:
            container_id: str
            file_id: str

        Returns:
            bytes
        """
        response = self.retrieve_container_file_content_with_http_info(
            container_id=container_id,
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_container_file_content_with_http_info(
        self,
        container_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[bytes]:
        """Like :meth:`retrieve_container_file_content`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_container_file_content_call(container_id=container_id, file_id=file_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def retrieve_container_file_content_to_file(
        self,
        destination: str | os.PathLike[str],
        container_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Path]:
        """Like :meth:`retrieve_container_file_content`, streaming the body into ``destination`` without holding it in memory."""
        return self.api_client.download(
            _retrieve_container_file_content_call(container_id=container_id, file_id=file_id),
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

    def retrieve_container_file_content_iter_bytes(
        self,
        container_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> BinaryStream:
        """Like :meth:`retrieve_container_file_content`, the body as byte chunks read as they arrive: iterate the result, and use it as a context manager (or ``close()`` it) to release the connection early."""
        return self.api_client.stream_bytes(
            _retrieve_container_file_content_call(container_id=container_id, file_id=file_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncContainersApi:
    """containers operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_containers(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        name: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ContainerListResource:
        """Lists containers.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            name: Filter results by container name.

        Returns:
            ContainerListResource
        """
        response = await self.list_containers_with_http_info(
            limit=limit,
            order=order,
            after=after,
            name=name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_containers_with_http_info(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        name: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ContainerListResource]:
        """Like :meth:`list_containers`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_containers_call(limit=limit, order=order, after=after, name=name),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_containers_iter(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        name: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[ContainerResource]:
        """Auto-paging :meth:`list_containers`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[ContainerResource]:
            page = await self.list_containers(
                limit=limit,
                order=order,
                after=cursor,
                name=name,
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

        async def first() -> AsyncPage[ContainerResource]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_container(
        self,
        *,
        create_container_body: CreateContainerBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ContainerResource:
        """Creates a container.

        Args:
            create_container_body: CreateContainerBody

        Returns:
            ContainerResource
        """
        response = await self.create_container_with_http_info(
            create_container_body=create_container_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_container_with_http_info(
        self,
        *,
        create_container_body: CreateContainerBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ContainerResource]:
        """Like :meth:`create_container`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_container_call(create_container_body=create_container_body),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def retrieve_container(
        self,
        container_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ContainerResource:
        """Retrieves a container.

        Args:
            container_id: str

        Returns:
            ContainerResource
        """
        response = await self.retrieve_container_with_http_info(
            container_id=container_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_container_with_http_info(
        self,
        container_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ContainerResource]:
        """Like :meth:`retrieve_container`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_container_call(container_id=container_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def delete_container(
        self,
        container_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> None:
        """Delete a container.

        Args:
            container_id: The ID of the container to delete.

        Returns:
            None
        """
        response = await self.delete_container_with_http_info(
            container_id=container_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_container_with_http_info(
        self,
        container_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[None]:
        """Like :meth:`delete_container`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_container_call(container_id=container_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def list_container_files(
        self,
        container_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ContainerFileListResource:
        """Lists container files.

        Args:
            container_id: str
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

        Returns:
            ContainerFileListResource
        """
        response = await self.list_container_files_with_http_info(
            container_id=container_id,
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

    async def list_container_files_with_http_info(
        self,
        container_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ContainerFileListResource]:
        """Like :meth:`list_container_files`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_container_files_call(
                container_id=container_id, limit=limit, order=order, after=after
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

    def list_container_files_iter(
        self,
        container_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[ContainerFileResource]:
        """Auto-paging :meth:`list_container_files`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[ContainerFileResource]:
            page = await self.list_container_files(
                container_id=container_id,
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

        async def first() -> AsyncPage[ContainerFileResource]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_container_file(
        self,
        container_id: str,
        *,
        file_id: str | None = None,
        file: FileTypes | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ContainerFileResource:
        """Creates a container file.

        Args:
            container_id: str
            file_id: Name of the file to create.
            file: The File object (not file name) to be uploaded.

        Returns:
            ContainerFileResource
        """
        response = await self.create_container_file_with_http_info(
            container_id=container_id,
            file_id=file_id,
            file=file,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_container_file_with_http_info(
        self,
        container_id: str,
        *,
        file_id: str | None = None,
        file: FileTypes | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ContainerFileResource]:
        """Like :meth:`create_container_file`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_container_file_call(container_id=container_id, file_id=file_id, file=file),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def retrieve_container_file(
        self,
        container_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ContainerFileResource:
        """Retrieves a container file.

        Args:
            container_id: str
            file_id: str

        Returns:
            ContainerFileResource
        """
        response = await self.retrieve_container_file_with_http_info(
            container_id=container_id,
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_container_file_with_http_info(
        self,
        container_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ContainerFileResource]:
        """Like :meth:`retrieve_container_file`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_container_file_call(container_id=container_id, file_id=file_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def delete_container_file(
        self,
        container_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> None:
        """Delete a container file.

        Args:
            container_id: str
            file_id: str

        Returns:
            None
        """
        response = await self.delete_container_file_with_http_info(
            container_id=container_id,
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_container_file_with_http_info(
        self,
        container_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[None]:
        """Like :meth:`delete_container_file`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_container_file_call(container_id=container_id, file_id=file_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def retrieve_container_file_content(
        self,
        container_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> bytes:
        """Retrieves a container file content.

        Args:
            container_id: str
            file_id: str

        Returns:
            bytes
        """
        response = await self.retrieve_container_file_content_with_http_info(
            container_id=container_id,
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_container_file_content_with_http_info(
        self,
        container_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[bytes]:
        """Like :meth:`retrieve_container_file_content`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_container_file_content_call(container_id=container_id, file_id=file_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def retrieve_container_file_content_to_file(
        self,
        destination: str | os.PathLike[str],
        container_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Path]:
        """Like :meth:`retrieve_container_file_content`, streaming the body into ``destination`` without holding it in memory."""
        return await self.api_client.download(
            _retrieve_container_file_content_call(container_id=container_id, file_id=file_id),
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

    def retrieve_container_file_content_iter_bytes(
        self,
        container_id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncBinaryStream:
        """Like :meth:`retrieve_container_file_content`, the body as byte chunks read as they arrive: iterate the result with ``async for``, and use it as a context manager (or ``close()`` it) to release the connection early."""
        return self.api_client.stream_bytes(
            _retrieve_container_file_content_call(container_id=container_id, file_id=file_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
