"""Invites operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.invite import Invite
from ..models.invite_delete_response import InviteDeleteResponse
from ..models.invite_list_response import InviteListResponse
from ..models.invite_request import InviteRequest

__all__ = ["InvitesApi", "AsyncInvitesApi"]


def _list_invites_call(
    limit: int | None,
    after: str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/invites",
        query={"limit": limit, "after": after},
        accept="application/json",
        responses={"200": ("json", InviteListResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _invite_user_call(
    invite_request: InviteRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/invites",
        body_kind="json",
        json=json_body(invite_request, InviteRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", Invite)},
        security=(("AdminApiKeyAuth",),),
    )


def _retrieve_invite_call(
    invite_id: str,
) -> Call:
    return Call(
        "GET",
        "/organization/invites/{invite_id}",
        path_params={"invite_id": invite_id},
        accept="application/json",
        responses={"200": ("json", Invite)},
        security=(("AdminApiKeyAuth",),),
    )


def _delete_invite_call(
    invite_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/organization/invites/{invite_id}",
        path_params={"invite_id": invite_id},
        accept="application/json",
        responses={"200": ("json", InviteDeleteResponse)},
        security=(("AdminApiKeyAuth",),),
    )


class InvitesApi:
    """Invites operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_invites(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> InviteListResponse:
        """Returns a list of invites in the organization.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

        Returns:
            InviteListResponse
        """
        response = self.list_invites_with_http_info(
            limit=limit,
            after=after,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_invites_with_http_info(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[InviteListResponse]:
        """Like :meth:`list_invites`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_invites_call(limit=limit, after=after),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_invites_iter(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[Invite]:
        """Auto-paging :meth:`list_invites`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[Invite]:
            page = self.list_invites(
                limit=limit,
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

    def invite_user(
        self,
        invite_request: InviteRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Invite:
        """Create an invite for a user to the organization. The invite must be accepted by the user before they have access to the organization.

        Args:
            invite_request: The invite request payload.

        Returns:
            Invite
        """
        response = self.invite_user_with_http_info(
            invite_request=invite_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def invite_user_with_http_info(
        self,
        invite_request: InviteRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Invite]:
        """Like :meth:`invite_user`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _invite_user_call(invite_request=invite_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def retrieve_invite(
        self,
        invite_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Invite:
        """Retrieves an invite.

        Args:
            invite_id: The ID of the invite to retrieve.

        Returns:
            Invite
        """
        response = self.retrieve_invite_with_http_info(
            invite_id=invite_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def retrieve_invite_with_http_info(
        self,
        invite_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Invite]:
        """Like :meth:`retrieve_invite`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _retrieve_invite_call(invite_id=invite_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def delete_invite(
        self,
        invite_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> InviteDeleteResponse:
        """Delete an invite. If the invite has already been accepted, it cannot be deleted.

        Args:
            invite_id: The ID of the invite to delete.

        Returns:
            InviteDeleteResponse
        """
        response = self.delete_invite_with_http_info(
            invite_id=invite_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_invite_with_http_info(
        self,
        invite_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[InviteDeleteResponse]:
        """Like :meth:`delete_invite`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_invite_call(invite_id=invite_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncInvitesApi:
    """Invites operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_invites(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> InviteListResponse:
        """Returns a list of invites in the organization.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

        Returns:
            InviteListResponse
        """
        response = await self.list_invites_with_http_info(
            limit=limit,
            after=after,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_invites_with_http_info(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[InviteListResponse]:
        """Like :meth:`list_invites`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_invites_call(limit=limit, after=after),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_invites_iter(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[Invite]:
        """Auto-paging :meth:`list_invites`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[Invite]:
            page = await self.list_invites(
                limit=limit,
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

        async def first() -> AsyncPage[Invite]:
            return await fetch(after)

        return AsyncPager(first)

    async def invite_user(
        self,
        invite_request: InviteRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Invite:
        """Create an invite for a user to the organization. The invite must be accepted by the user before they have access to the organization.

        Args:
            invite_request: The invite request payload.

        Returns:
            Invite
        """
        response = await self.invite_user_with_http_info(
            invite_request=invite_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def invite_user_with_http_info(
        self,
        invite_request: InviteRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Invite]:
        """Like :meth:`invite_user`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _invite_user_call(invite_request=invite_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def retrieve_invite(
        self,
        invite_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Invite:
        """Retrieves an invite.

        Args:
            invite_id: The ID of the invite to retrieve.

        Returns:
            Invite
        """
        response = await self.retrieve_invite_with_http_info(
            invite_id=invite_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def retrieve_invite_with_http_info(
        self,
        invite_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Invite]:
        """Like :meth:`retrieve_invite`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _retrieve_invite_call(invite_id=invite_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def delete_invite(
        self,
        invite_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> InviteDeleteResponse:
        """Delete an invite. If the invite has already been accepted, it cannot be deleted.

        Args:
            invite_id: The ID of the invite to delete.

        Returns:
            InviteDeleteResponse
        """
        response = await self.delete_invite_with_http_info(
            invite_id=invite_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_invite_with_http_info(
        self,
        invite_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[InviteDeleteResponse]:
        """Like :meth:`delete_invite`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_invite_call(invite_id=invite_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
