"""Group users operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import httpx

from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.create_group_user_body import CreateGroupUserBody
from ..models.group_member_user import GroupMemberUser
from ..models.group_user import GroupUser
from ..models.group_user_assignment import GroupUserAssignment
from ..models.group_user_deleted_resource import GroupUserDeletedResource
from ..models.user_list_resource import UserListResource

__all__ = ["GroupUsersApi", "AsyncGroupUsersApi"]


def _list_group_users_call(
    group_id: str,
    limit: int | None,
    after: str | None,
    order: Literal["asc", "desc"] | str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/groups/{group_id}/users",
        path_params={"group_id": group_id},
        query={"limit": limit, "after": after, "order": order},
        accept="application/json",
        responses={"200": ("json", UserListResource)},
        security=(("AdminApiKeyAuth",),),
    )


def _add_group_user_call(
    group_id: str,
    create_group_user_body: CreateGroupUserBody | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/groups/{group_id}/users",
        path_params={"group_id": group_id},
        body_kind="json",
        json=json_body(create_group_user_body, CreateGroupUserBody),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", GroupUserAssignment)},
        security=(("AdminApiKeyAuth",),),
    )


def _retrieve_group_user_call(
    group_id: str,
    user_id: str,
) -> Call:
    return Call(
        "GET",
        "/organization/groups/{group_id}/users/{user_id}",
        path_params={"group_id": group_id, "user_id": user_id},
        accept="application/json",
        responses={"200": ("json", GroupMemberUser)},
        security=(("AdminApiKeyAuth",),),
    )


def _remove_group_user_call(
    group_id: str,
    user_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/organization/groups/{group_id}/users/{user_id}",
        path_params={"group_id": group_id, "user_id": user_id},
        accept="application/json",
        responses={"200": ("json", GroupUserDeletedResource)},
        security=(("AdminApiKeyAuth",),),
    )


class GroupUsersApi:
    """Group users operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_group_users(
        self,
        group_id: str,
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
    ) -> UserListResource:
        """Lists the users assigned to a group.

        Args:
            group_id: The ID of the group to inspect.
            limit: A limit on the number of users to be returned. Limit can range between 0 and 1000, and the default is 100.
            after: A cursor for use in pagination. Provide the ID of the last user from the previous list response to retrieve the next page.
            order: Specifies the sort order of users in the list.

        Returns:
            UserListResource
        """
        response = self.list_group_users_with_http_info(
            group_id=group_id,
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

    def list_group_users_with_http_info(
        self,
        group_id: str,
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
    ) -> ApiResponse[UserListResource]:
        """Like :meth:`list_group_users`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_group_users_call(group_id=group_id, limit=limit, after=after, order=order),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_group_users_iter(
        self,
        group_id: str,
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
    ) -> SyncPage[GroupUser]:
        """Auto-paging :meth:`list_group_users`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[GroupUser]:
            page = self.list_group_users(
                group_id=group_id,
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

    def add_group_user(
        self,
        group_id: str,
        create_group_user_body: CreateGroupUserBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> GroupUserAssignment:
        """Adds a user to a group.

        Args:
            group_id: The ID of the group to update.
            create_group_user_body: Identifies the user that should be added to the group.

        Returns:
            GroupUserAssignment
        """
        response = self.add_group_user_with_http_info(
            group_id=group_id,
            create_group_user_body=create_group_user_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def add_group_user_with_http_info(
        self,
        group_id: str,
        create_group_user_body: CreateGroupUserBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[GroupUserAssignment]:
        """Like :meth:`add_group_user`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _add_group_user_call(group_id=group_id, create_group_user_body=create_group_user_body),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def retrieve_group_user(
        self,
        group_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> GroupMemberUser:
        """Retrieves a user in a group.

        Args:
            group_id: The ID of the group to inspect.
            user_id: The ID of the user to retrieve from the group.

        Returns:
            GroupMemberUser
        """
        response = self.retrieve_group_user_with_http_info(
            group_id=group_id,
            user_id=user_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_group_user_with_http_info(
        self,
        group_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[GroupMemberUser]:
        """Like :meth:`retrieve_group_user`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_group_user_call(group_id=group_id, user_id=user_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def remove_group_user(
        self,
        group_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> GroupUserDeletedResource:
        """Removes a user from a group.

        Args:
            group_id: The ID of the group to update.
            user_id: The ID of the user to remove from the group.

        Returns:
            GroupUserDeletedResource
        """
        response = self.remove_group_user_with_http_info(
            group_id=group_id,
            user_id=user_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def remove_group_user_with_http_info(
        self,
        group_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[GroupUserDeletedResource]:
        """Like :meth:`remove_group_user`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _remove_group_user_call(group_id=group_id, user_id=user_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncGroupUsersApi:
    """Group users operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_group_users(
        self,
        group_id: str,
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
    ) -> UserListResource:
        """Lists the users assigned to a group.

        Args:
            group_id: The ID of the group to inspect.
            limit: A limit on the number of users to be returned. Limit can range between 0 and 1000, and the default is 100.
            after: A cursor for use in pagination. Provide the ID of the last user from the previous list response to retrieve the next page.
            order: Specifies the sort order of users in the list.

        Returns:
            UserListResource
        """
        response = await self.list_group_users_with_http_info(
            group_id=group_id,
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

    async def list_group_users_with_http_info(
        self,
        group_id: str,
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
    ) -> ApiResponse[UserListResource]:
        """Like :meth:`list_group_users`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_group_users_call(group_id=group_id, limit=limit, after=after, order=order),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_group_users_iter(
        self,
        group_id: str,
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
    ) -> AsyncPager[GroupUser]:
        """Auto-paging :meth:`list_group_users`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[GroupUser]:
            page = await self.list_group_users(
                group_id=group_id,
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

        async def first() -> AsyncPage[GroupUser]:
            return await fetch(after)

        return AsyncPager(first)

    async def add_group_user(
        self,
        group_id: str,
        create_group_user_body: CreateGroupUserBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> GroupUserAssignment:
        """Adds a user to a group.

        Args:
            group_id: The ID of the group to update.
            create_group_user_body: Identifies the user that should be added to the group.

        Returns:
            GroupUserAssignment
        """
        response = await self.add_group_user_with_http_info(
            group_id=group_id,
            create_group_user_body=create_group_user_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def add_group_user_with_http_info(
        self,
        group_id: str,
        create_group_user_body: CreateGroupUserBody | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[GroupUserAssignment]:
        """Like :meth:`add_group_user`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _add_group_user_call(group_id=group_id, create_group_user_body=create_group_user_body),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def retrieve_group_user(
        self,
        group_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> GroupMemberUser:
        """Retrieves a user in a group.

        Args:
            group_id: The ID of the group to inspect.
            user_id: The ID of the user to retrieve from the group.

        Returns:
            GroupMemberUser
        """
        response = await self.retrieve_group_user_with_http_info(
            group_id=group_id,
            user_id=user_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_group_user_with_http_info(
        self,
        group_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[GroupMemberUser]:
        """Like :meth:`retrieve_group_user`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_group_user_call(group_id=group_id, user_id=user_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def remove_group_user(
        self,
        group_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> GroupUserDeletedResource:
        """Removes a user from a group.

        Args:
            group_id: The ID of the group to update.
            user_id: The ID of the user to remove from the group.

        Returns:
            GroupUserDeletedResource
        """
        response = await self.remove_group_user_with_http_info(
            group_id=group_id,
            user_id=user_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def remove_group_user_with_http_info(
        self,
        group_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[GroupUserDeletedResource]:
        """Like :meth:`remove_group_user`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _remove_group_user_call(group_id=group_id, user_id=user_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
