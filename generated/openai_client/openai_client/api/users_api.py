"""Users operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.user import User
from ..models.user_delete_response import UserDeleteResponse
from ..models.user_list_response import UserListResponse
from ..models.user_role_update_request import UserRoleUpdateRequest

__all__ = ["UsersApi", "AsyncUsersApi"]


def _list_users_call(
    limit: int | None,
    after: str | None,
    emails: list[str] | None,
) -> Call:
    return Call(
        "GET",
        "/organization/users",
        query={"limit": limit, "after": after, "emails": emails},
        accept="application/json",
        responses={"200": ("json", UserListResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _retrieve_user_call(
    user_id: str,
) -> Call:
    return Call(
        "GET",
        "/organization/users/{user_id}",
        path_params={"user_id": user_id},
        accept="application/json",
        responses={"200": ("json", User)},
        security=(("AdminApiKeyAuth",),),
    )


def _modify_user_call(
    user_id: str,
    user_role_update_request: UserRoleUpdateRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/users/{user_id}",
        path_params={"user_id": user_id},
        body_kind="json",
        json=json_body(user_role_update_request, UserRoleUpdateRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", User)},
        security=(("AdminApiKeyAuth",),),
    )


def _delete_user_call(
    user_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/organization/users/{user_id}",
        path_params={"user_id": user_id},
        accept="application/json",
        responses={"200": ("json", UserDeleteResponse)},
        security=(("AdminApiKeyAuth",),),
    )


class UsersApi:
    """Users operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_users(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        emails: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UserListResponse:
        """Lists all of the users in the organization.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            emails: Filter by the email address of users.

        Returns:
            UserListResponse
        """
        response = self.list_users_with_http_info(
            limit=limit,
            after=after,
            emails=emails,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_users_with_http_info(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        emails: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UserListResponse]:
        """Like :meth:`list_users`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_users_call(limit=limit, after=after, emails=emails),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_users_iter(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        emails: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[User]:
        """Auto-paging :meth:`list_users`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[User]:
            page = self.list_users(
                limit=limit,
                after=cursor,
                emails=emails,
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

    def retrieve_user(
        self,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> User:
        """Retrieves a user by their identifier.

        Args:
            user_id: The ID of the user.

        Returns:
            User
        """
        response = self.retrieve_user_with_http_info(
            user_id=user_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_user_with_http_info(
        self,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[User]:
        """Like :meth:`retrieve_user`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_user_call(user_id=user_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def modify_user(
        self,
        user_id: str,
        user_role_update_request: UserRoleUpdateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> User:
        """Modifies a user's role in the organization.

        Args:
            user_id: The ID of the user.
            user_role_update_request: The new user role to modify. This must be one of `owner` or `member`.

        Returns:
            User
        """
        response = self.modify_user_with_http_info(
            user_id=user_id,
            user_role_update_request=user_role_update_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def modify_user_with_http_info(
        self,
        user_id: str,
        user_role_update_request: UserRoleUpdateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[User]:
        """Like :meth:`modify_user`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _modify_user_call(user_id=user_id, user_role_update_request=user_role_update_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def delete_user(
        self,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UserDeleteResponse:
        """Deletes a user from the organization.

        Args:
            user_id: The ID of the user.

        Returns:
            UserDeleteResponse
        """
        response = self.delete_user_with_http_info(
            user_id=user_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_user_with_http_info(
        self,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UserDeleteResponse]:
        """Like :meth:`delete_user`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_user_call(user_id=user_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncUsersApi:
    """Users operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_users(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        emails: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UserListResponse:
        """Lists all of the users in the organization.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            emails: Filter by the email address of users.

        Returns:
            UserListResponse
        """
        response = await self.list_users_with_http_info(
            limit=limit,
            after=after,
            emails=emails,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_users_with_http_info(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        emails: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UserListResponse]:
        """Like :meth:`list_users`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_users_call(limit=limit, after=after, emails=emails),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_users_iter(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        emails: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[User]:
        """Auto-paging :meth:`list_users`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[User]:
            page = await self.list_users(
                limit=limit,
                after=cursor,
                emails=emails,
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

        async def first() -> AsyncPage[User]:
            return await fetch(after)

        return AsyncPager(first)

    async def retrieve_user(
        self,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> User:
        """Retrieves a user by their identifier.

        Args:
            user_id: The ID of the user.

        Returns:
            User
        """
        response = await self.retrieve_user_with_http_info(
            user_id=user_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_user_with_http_info(
        self,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[User]:
        """Like :meth:`retrieve_user`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_user_call(user_id=user_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def modify_user(
        self,
        user_id: str,
        user_role_update_request: UserRoleUpdateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> User:
        """Modifies a user's role in the organization.

        Args:
            user_id: The ID of the user.
            user_role_update_request: The new user role to modify. This must be one of `owner` or `member`.

        Returns:
            User
        """
        response = await self.modify_user_with_http_info(
            user_id=user_id,
            user_role_update_request=user_role_update_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def modify_user_with_http_info(
        self,
        user_id: str,
        user_role_update_request: UserRoleUpdateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[User]:
        """Like :meth:`modify_user`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _modify_user_call(user_id=user_id, user_role_update_request=user_role_update_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def delete_user(
        self,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> UserDeleteResponse:
        """Deletes a user from the organization.

        Args:
            user_id: The ID of the user.

        Returns:
            UserDeleteResponse
        """
        response = await self.delete_user_with_http_info(
            user_id=user_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_user_with_http_info(
        self,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[UserDeleteResponse]:
        """Like :meth:`delete_user`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_user_call(user_id=user_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
