"""organization operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import httpx

from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.admin_api_key import AdminApiKey
from ..models.admin_api_key_create_response import AdminApiKeyCreateResponse
from ..models.admin_api_keys_create_request import AdminApiKeysCreateRequest
from ..models.admin_api_keys_delete_response import AdminApiKeysDeleteResponse
from ..models.api_key_list import ApiKeyList

__all__ = ["OrganizationApi", "AsyncOrganizationApi"]


def _admin_api_keys_list_call(
    after: str | None,
    order: Literal["asc", "desc"] | str | None,
    limit: int | None,
) -> Call:
    return Call(
        "GET",
        "/organization/admin_api_keys",
        query={"after": after, "order": order, "limit": limit},
        accept="application/json",
        responses={"200": ("json", ApiKeyList)},
        security=(("AdminApiKeyAuth",),),
    )


def _admin_api_keys_create_call(
    admin_api_keys_create_request: AdminApiKeysCreateRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/admin_api_keys",
        body_kind="json",
        json=json_body(admin_api_keys_create_request, AdminApiKeysCreateRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", AdminApiKeyCreateResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _admin_api_keys_get_call(
    key_id: str,
) -> Call:
    return Call(
        "GET",
        "/organization/admin_api_keys/{key_id}",
        path_params={"key_id": key_id},
        accept="application/json",
        responses={"200": ("json", AdminApiKey)},
        security=(("AdminApiKeyAuth",),),
    )


def _admin_api_keys_delete_call(
    key_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/organization/admin_api_keys/{key_id}",
        path_params={"key_id": key_id},
        accept="application/json",
        responses={"200": ("json", AdminApiKeysDeleteResponse)},
        security=(("AdminApiKeyAuth",),),
    )


class OrganizationApi:
    """organization operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def admin_api_keys_list(
        self,
        *,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiKeyList:
        """Retrieve a paginated list of organization admin API keys.

        Args:
            after: str
            order: Literal["asc", "desc"] | str
            limit: int

        Returns:
            ApiKeyList
        """
        response = self.admin_api_keys_list_with_http_info(
            after=after,
            order=order,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def admin_api_keys_list_with_http_info(
        self,
        *,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ApiKeyList]:
        """Like :meth:`admin_api_keys_list`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _admin_api_keys_list_call(after=after, order=order, limit=limit),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def admin_api_keys_list_iter(
        self,
        *,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[AdminApiKey]:
        """Auto-paging :meth:`admin_api_keys_list`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[AdminApiKey]:
            page = self.admin_api_keys_list(
                after=cursor,
                order=order,
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

    def admin_api_keys_create(
        self,
        admin_api_keys_create_request: AdminApiKeysCreateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AdminApiKeyCreateResponse:
        """Create a new admin-level API key for the organization.

        Args:
            admin_api_keys_create_request: AdminApiKeysCreateRequest

        Returns:
            AdminApiKeyCreateResponse
        """
        response = self.admin_api_keys_create_with_http_info(
            admin_api_keys_create_request=admin_api_keys_create_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def admin_api_keys_create_with_http_info(
        self,
        admin_api_keys_create_request: AdminApiKeysCreateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[AdminApiKeyCreateResponse]:
        """Like :meth:`admin_api_keys_create`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _admin_api_keys_create_call(
                admin_api_keys_create_request=admin_api_keys_create_request
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

    def admin_api_keys_get(
        self,
        key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AdminApiKey:
        """Get details for a specific organization API key by its ID.

        Args:
            key_id: str

        Returns:
            AdminApiKey
        """
        response = self.admin_api_keys_get_with_http_info(
            key_id=key_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def admin_api_keys_get_with_http_info(
        self,
        key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[AdminApiKey]:
        """Like :meth:`admin_api_keys_get`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _admin_api_keys_get_call(key_id=key_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def admin_api_keys_delete(
        self,
        key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AdminApiKeysDeleteResponse:
        """Delete the specified admin API key.

        Args:
            key_id: str

        Returns:
            AdminApiKeysDeleteResponse
        """
        response = self.admin_api_keys_delete_with_http_info(
            key_id=key_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def admin_api_keys_delete_with_http_info(
        self,
        key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[AdminApiKeysDeleteResponse]:
        """Like :meth:`admin_api_keys_delete`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _admin_api_keys_delete_call(key_id=key_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncOrganizationApi:
    """organization operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def admin_api_keys_list(
        self,
        *,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiKeyList:
        """Retrieve a paginated list of organization admin API keys.

        Args:
            after: str
            order: Literal["asc", "desc"] | str
            limit: int

        Returns:
            ApiKeyList
        """
        response = await self.admin_api_keys_list_with_http_info(
            after=after,
            order=order,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def admin_api_keys_list_with_http_info(
        self,
        *,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ApiKeyList]:
        """Like :meth:`admin_api_keys_list`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _admin_api_keys_list_call(after=after, order=order, limit=limit),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def admin_api_keys_list_iter(
        self,
        *,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[AdminApiKey]:
        """Auto-paging :meth:`admin_api_keys_list`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[AdminApiKey]:
            page = await self.admin_api_keys_list(
                after=cursor,
                order=order,
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

        async def first() -> AsyncPage[AdminApiKey]:
            return await fetch(after)

        return AsyncPager(first)

    async def admin_api_keys_create(
        self,
        admin_api_keys_create_request: AdminApiKeysCreateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AdminApiKeyCreateResponse:
        """Create a new admin-level API key for the organization.

        Args:
            admin_api_keys_create_request: AdminApiKeysCreateRequest

        Returns:
            AdminApiKeyCreateResponse
        """
        response = await self.admin_api_keys_create_with_http_info(
            admin_api_keys_create_request=admin_api_keys_create_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def admin_api_keys_create_with_http_info(
        self,
        admin_api_keys_create_request: AdminApiKeysCreateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[AdminApiKeyCreateResponse]:
        """Like :meth:`admin_api_keys_create`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _admin_api_keys_create_call(
                admin_api_keys_create_request=admin_api_keys_create_request
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

    async def admin_api_keys_get(
        self,
        key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AdminApiKey:
        """Get details for a specific organization API key by its ID.

        Args:
            key_id: str

        Returns:
            AdminApiKey
        """
        response = await self.admin_api_keys_get_with_http_info(
            key_id=key_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def admin_api_keys_get_with_http_info(
        self,
        key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[AdminApiKey]:
        """Like :meth:`admin_api_keys_get`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _admin_api_keys_get_call(key_id=key_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def admin_api_keys_delete(
        self,
        key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AdminApiKeysDeleteResponse:
        """Delete the specified admin API key.

        Args:
            key_id: str

        Returns:
            AdminApiKeysDeleteResponse
        """
        response = await self.admin_api_keys_delete_with_http_info(
            key_id=key_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def admin_api_keys_delete_with_http_info(
        self,
        key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[AdminApiKeysDeleteResponse]:
        """Like :meth:`admin_api_keys_delete`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _admin_api_keys_delete_call(key_id=key_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
