"""Groups operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import httpx

from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.create_group_body import CreateGroupBody
from ..models.group_deleted_resource import GroupDeletedResource
from ..models.group_list_resource import GroupListResource
from ..models.group_resource_with_success import GroupResourceWithSuccess
from ..models.group_response import GroupResponse
from ..models.update_group_body import UpdateGroupBody

__all__ = ["GroupsApi", "AsyncGroupsApi"]


def _list_groups_call(
    limit: int | None,
    after: str | None,
    order: Literal["asc", "desc"] | str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/groups",
        query={"limit": limit, "after": after, "order": order},
        accept="application/json",
        responses={"200": ("json", GroupListResource)},
        security=(("AdminApiKeyAuth",),),
    )


def _create_group_call(
    create_group_body: CreateGroupBody | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/groups",
        body_kind="json",
        json=json_body(create_group_body, CreateGroupBody),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", GroupResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _retrieve_group_call(
    group_id: str,
) -> Call:
    return Call(
        "GET",
        "/organization/groups/{group_id}",
        path_params={"group_id": group_id},
        accept="application/json",
        responses={"200": ("json", GroupResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _update_group_call(
    group_id: str,
    update_group_body: UpdateGroupBody | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/groups/{group_id}",
        path_params={"group_id": group_id},
        body_kind="json",
        json=json_body(update_group_body, UpdateGroupBody),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", GroupResourceWithSuccess)},
        security=(("AdminApiKeyAuth",),),
    )


def _delete_group_call(
    group_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/organization/groups/{group_id}",
        path_params={"group_id": group_id},
        accept="application/json",
        responses={"200": ("json", GroupDeletedResource)},
        security=(("AdminApiKeyAuth",),),
    )


class GroupsApi:
    """Groups operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_groups(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> GroupListResource:
        """Lists all groups in the organization.

        Args:
            limit: A limit on the number of groups to be returned. Limit can range between 0 and 1000, and the default is 100.
            after: A cursor for use in pagination. `after` is a group ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with group_abc, your subsequent call can include `after=group_abc` in order to fetch the next page of the list.
            order: Specifies the sort order of the returned groups.

        Returns:
            GroupListResource
        """
        response = self.list_groups_with_http_info(
            limit=limit,
            after=after,
            order=order,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_groups_with_http_info(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[GroupListResource]:
        """Like :meth:`list_groups`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_groups_call(limit=limit, after=after, order=order),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_groups_iter(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[GroupResponse]:
        """Auto-paging :meth:`list_groups`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[GroupResponse]:
            page = self.list_groups(
                limit=limit,
                after=cursor,
                order=order,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = items[-1].id if items else None
            return SyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        return fetch(after)

    def create_group(
        self,
        create_group_body: CreateGroupBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> GroupResponse:
        """Creates a new group in the organization.

        Args:
            create_group_body: Parameters for the group you want to create.

        Returns:
            GroupResponse
        """
        response = self.create_group_with_http_info(
            create_group_body=create_group_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_group_with_http_info(
        self,
        create_group_body: CreateGroupBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[GroupResponse]:
        """Like :meth:`create_group`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_group_call(create_group_body=create_group_body),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def retrieve_group(
        self,
        group_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> GroupResponse:
        """Retrieves a group.

        Args:
            group_id: The ID of the group to retrieve.

        Returns:
            GroupResponse
        """
        response = self.retrieve_group_with_http_info(
            group_id=group_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_group_with_http_info(
        self,
        group_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[GroupResponse]:
        """Like :meth:`retrieve_group`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_group_call(group_id=group_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def update_group(
        self,
        group_id: str,
        update_group_body: UpdateGroupBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> GroupResourceWithSuccess:
        """Updates a group's information.

        Args:
            group_id: The ID of the group to update.
            update_group_body: New attributes to set on the group.

        Returns:
            GroupResourceWithSuccess
        """
        response = self.update_group_with_http_info(
            group_id=group_id,
            update_group_body=update_group_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def update_group_with_http_info(
        self,
        group_id: str,
        update_group_body: UpdateGroupBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[GroupResourceWithSuccess]:
        """Like :meth:`update_group`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _update_group_call(group_id=group_id, update_group_body=update_group_body),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def delete_group(
        self,
        group_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> GroupDeletedResource:
        """Deletes a group from the organization.

        Args:
            group_id: The ID of the group to delete.

        Returns:
            GroupDeletedResource
        """
        response = self.delete_group_with_http_info(
            group_id=group_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_group_with_http_info(
        self,
        group_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[GroupDeletedResource]:
        """Like :meth:`delete_group`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_group_call(group_id=group_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncGroupsApi:
    """Groups operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_groups(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> GroupListResource:
        """Lists all groups in the organization.

        Args:
            limit: A limit on the number of groups to be returned. Limit can range between 0 and 1000, and the default is 100.
            after: A cursor for use in pagination. `after` is a group ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with group_abc, your subsequent call can include `after=group_abc` in order to fetch the next page of the list.
            order: Specifies the sort order of the returned groups.

        Returns:
            GroupListResource
        """
        response = await self.list_groups_with_http_info(
            limit=limit,
            after=after,
            order=order,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_groups_with_http_info(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[GroupListResource]:
        """Like :meth:`list_groups`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_groups_call(limit=limit, after=after, order=order),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_groups_iter(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[GroupResponse]:
        """Auto-paging :meth:`list_groups`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[GroupResponse]:
            page = await self.list_groups(
                limit=limit,
                after=cursor,
                order=order,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = items[-1].id if items else None
            return AsyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        async def first() -> AsyncPage[GroupResponse]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_group(
        self,
        create_group_body: CreateGroupBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> GroupResponse:
        """Creates a new group in the organization.

        Args:
            create_group_body: Parameters for the group you want to create.

        Returns:
            GroupResponse
        """
        response = await self.create_group_with_http_info(
            create_group_body=create_group_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_group_with_http_info(
        self,
        create_group_body: CreateGroupBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[GroupResponse]:
        """Like :meth:`create_group`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_group_call(create_group_body=create_group_body),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def retrieve_group(
        self,
        group_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> GroupResponse:
        """Retrieves a group.

        Args:
            group_id: The ID of the group to retrieve.

        Returns:
            GroupResponse
        """
        response = await self.retrieve_group_with_http_info(
            group_id=group_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_group_with_http_info(
        self,
        group_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[GroupResponse]:
        """Like :meth:`retrieve_group`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_group_call(group_id=group_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def update_group(
        self,
        group_id: str,
        update_group_body: UpdateGroupBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> GroupResourceWithSuccess:
        """Updates a group's information.

        Args:
            group_id: The ID of the group to update.
            update_group_body: New attributes to set on the group.

        Returns:
            GroupResourceWithSuccess
        """
        response = await self.update_group_with_http_info(
            group_id=group_id,
            update_group_body=update_group_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def update_group_with_http_info(
        self,
        group_id: str,
        update_group_body: UpdateGroupBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[GroupResourceWithSuccess]:
        """Like :meth:`update_group`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _update_group_call(group_id=group_id, update_group_body=update_group_body),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def delete_group(
        self,
        group_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> GroupDeletedResource:
        """Deletes a group from the organization.

        Args:
            group_id: The ID of the group to delete.

        Returns:
            GroupDeletedResource
        """
        response = await self.delete_group_with_http_info(
            group_id=group_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_group_with_http_info(
        self,
        group_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[GroupDeletedResource]:
        """Like :meth:`delete_group`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_group_call(group_id=group_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
