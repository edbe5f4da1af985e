"""chatkit operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.chat_session_resource import ChatSessionResource
from ..models.create_chat_session_body import CreateChatSessionBody
from ..models.deleted_thread_resource import DeletedThreadResource
from ..models.order_enum import OrderEnum
from ..models.thread_item import ThreadItem
from ..models.thread_item_list_resource import ThreadItemListResource
from ..models.thread_list_resource import ThreadListResource
from ..models.thread_resource import ThreadResource

__all__ = ["ChatkitApi", "AsyncChatkitApi"]


def _cancel_chat_session_method_call(
    session_id: str,
) -> Call:
    return Call(
        "POST",
        "/chatkit/sessions/{session_id}/cancel",
        path_params={"session_id": session_id},
        accept="application/json",
        responses={"200": ("json", ChatSessionResource)},
        security=(("ApiKeyAuth",),),
    )


def _create_chat_session_method_call(
    create_chat_session_body: CreateChatSessionBody | dict[str, Any] | None,
) -> Call:
    return Call(
        "POST",
        "/chatkit/sessions",
        body_kind="json",
        json=json_body(create_chat_session_body, CreateChatSessionBody),
        has_json=create_chat_session_body is not None,
        accept="application/json",
        responses={"200": ("json", ChatSessionResource)},
        security=(("ApiKeyAuth",),),
    )


def _list_thread_items_method_call(
    thread_id: str,
    limit: int | None,
    order: OrderEnum | str | None,
    after: str | None,
    before: str | None,
) -> Call:
    return Call(
        "GET",
        "/chatkit/threads/{thread_id}/items",
        path_params={"thread_id": thread_id},
        query={"limit": limit, "order": order, "after": after, "before": before},
        accept="application/json",
        responses={"200": ("json", ThreadItemListResource)},
        security=(("ApiKeyAuth",),),
    )


def _get_thread_method_call(
    thread_id: str,
) -> Call:
    return Call(
        "GET",
        "/chatkit/threads/{thread_id}",
        path_params={"thread_id": thread_id},
        accept="application/json",
        responses={"200": ("json", ThreadResource)},
        security=(("ApiKeyAuth",),),
    )


def _delete_thread_method_call(
    thread_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/chatkit/threads/{thread_id}",
        path_params={"thread_id": thread_id},
        accept="application/json",
        responses={"200": ("json", DeletedThreadResource)},
        security=(("ApiKeyAuth",),),
    )


def _list_threads_method_call(
    limit: int | None,
    order: OrderEnum | str | None,
    after: str | None,
    before: str | None,
    user: str | None,
) -> Call:
    return Call(
        "GET",
        "/chatkit/threads",
        query={"limit": limit, "order": order, "after": after, "before": before, "user": user},
        accept="application/json",
        responses={"200": ("json", ThreadListResource)},
        security=(("ApiKeyAuth",),),
    )


class ChatkitApi:
    """chatkit operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def cancel_chat_session_method(
        self,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ChatSessionResource:
        """Cancel an active ChatKit session and return its most recent metadata.

        Cancelling prevents new requests from using the issued client secret.

        Args:
            session_id: Unique identifier for the ChatKit session to cancel.

        Returns:
            ChatSessionResource
        """
        response = self.cancel_chat_session_method_with_http_info(
            session_id=session_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def cancel_chat_session_method_with_http_info(
        self,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ChatSessionResource]:
        """Like :meth:`cancel_chat_session_method`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _cancel_chat_session_method_call(session_id=session_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def create_chat_session_method(
        self,
        *,
        create_chat_session_body: CreateChatSessionBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ChatSessionResource:
        """Create a ChatKit session.

        Args:
            create_chat_session_body: CreateChatSessionBody

        Returns:
            ChatSessionResource
        """
        response = self.create_chat_session_method_with_http_info(
            create_chat_session_body=create_chat_session_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_chat_session_method_with_http_info(
        self,
        *,
        create_chat_session_body: CreateChatSessionBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ChatSessionResource]:
        """Like :meth:`create_chat_session_method`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_chat_session_method_call(create_chat_session_body=create_chat_session_body),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_thread_items_method(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ThreadItemListResource:
        """List items that belong to a ChatKit thread.

        Args:
            thread_id: Identifier of the ChatKit thread whose items are requested.
            limit: Maximum number of thread items to return. Defaults to 20.
            order: Sort order for results by creation time. Defaults to `desc`.
            after: List items created after this thread item ID. Defaults to null for the first page.
            before: List items created before this thread item ID. Defaults to null for the newest results.

        Returns:
            ThreadItemListResource
        """
        response = self.list_thread_items_method_with_http_info(
            thread_id=thread_id,
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

    def list_thread_items_method_with_http_info(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ThreadItemListResource]:
        """Like :meth:`list_thread_items_method`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_thread_items_method_call(
                thread_id=thread_id, limit=limit, order=order, after=after, before=before
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

    def list_thread_items_method_iter(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[ThreadItem]:
        """Auto-paging :meth:`list_thread_items_method`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[ThreadItem]:
            page = self.list_thread_items_method(
                thread_id=thread_id,
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

    def get_thread_method(
        self,
        thread_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ThreadResource:
        """Retrieve a ChatKit thread by its identifier.

        Args:
            thread_id: Identifier of the ChatKit thread to retrieve.

        Returns:
            ThreadResource
        """
        response = self.get_thread_method_with_http_info(
            thread_id=thread_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_thread_method_with_http_info(
        self,
        thread_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ThreadResource]:
        """Like :meth:`get_thread_method`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_thread_method_call(thread_id=thread_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def delete_thread_method(
        self,
        thread_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeletedThreadResource:
        """Delete a ChatKit thread along with its items and stored attachments.

        Args:
            thread_id: Identifier of the ChatKit thread to delete.

        Returns:
            DeletedThreadResource
        """
        response = self.delete_thread_method_with_http_info(
            thread_id=thread_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_thread_method_with_http_info(
        self,
        thread_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeletedThreadResource]:
        """Like :meth:`delete_thread_method`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_thread_method_call(thread_id=thread_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_threads_method(
        self,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        before: str | None = None,
        user: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ThreadListResource:
        """List ChatKit threads with optional pagination and user filters.

        Args:
            limit: Maximum number of thread items to return. Defaults to 20.
            order: Sort order for results by creation time. Defaults to `desc`.
            after: List items created after this thread item ID. Defaults to null for the first page.
            before: List items created before this thread item ID. Defaults to null for the newest results.
            user: Filter threads that belong to this user identifier. Defaults to null to return all users.

        Returns:
            ThreadListResource
        """
        response = self.list_threads_method_with_http_info(
            limit=limit,
            order=order,
            after=after,
            before=before,
            user=user,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_threads_method_with_http_info(
        self,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        before: str | None = None,
        user: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ThreadListResource]:
        """Like :meth:`list_threads_method`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_threads_method_call(
                limit=limit, order=order, after=after, before=before, user=user
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

    def list_threads_method_iter(
        self,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        before: str | None = None,
        user: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[ThreadResource]:
        """Auto-paging :meth:`list_threads_method`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[ThreadResource]:
            page = self.list_threads_method(
                limit=limit,
                order=order,
                after=cursor,
                before=before,
                user=user,
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


class AsyncChatkitApi:
    """chatkit operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def cancel_chat_session_method(
        self,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ChatSessionResource:
        """Cancel an active ChatKit session and return its most recent metadata.

        Cancelling prevents new requests from using the issued client secret.

        Args:
            session_id: Unique identifier for the ChatKit session to cancel.

        Returns:
            ChatSessionResource
        """
        response = await self.cancel_chat_session_method_with_http_info(
            session_id=session_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def cancel_chat_session_method_with_http_info(
        self,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ChatSessionResource]:
        """Like :meth:`cancel_chat_session_method`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _cancel_chat_session_method_call(session_id=session_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def create_chat_session_method(
        self,
        *,
        create_chat_session_body: CreateChatSessionBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ChatSessionResource:
        """Create a ChatKit session.

        Args:
            create_chat_session_body: CreateChatSessionBody

        Returns:
            ChatSessionResource
        """
        response = await self.create_chat_session_method_with_http_info(
            create_chat_session_body=create_chat_session_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_chat_session_method_with_http_info(
        self,
        *,
        create_chat_session_body: CreateChatSessionBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ChatSessionResource]:
        """Like :meth:`create_chat_session_method`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_chat_session_method_call(create_chat_session_body=create_chat_session_body),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def list_thread_items_method(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ThreadItemListResource:
        """List items that belong to a ChatKit thread.

        Args:
            thread_id: Identifier of the ChatKit thread whose items are requested.
            limit: Maximum number of thread items to return. Defaults to 20.
            order: Sort order for results by creation time. Defaults to `desc`.
            after: List items created after this thread item ID. Defaults to null for the first page.
            before: List items created before this thread item ID. Defaults to null for the newest results.

        Returns:
            ThreadItemListResource
        """
        response = await self.list_thread_items_method_with_http_info(
            thread_id=thread_id,
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

    async def list_thread_items_method_with_http_info(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ThreadItemListResource]:
        """Like :meth:`list_thread_items_method`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_thread_items_method_call(
                thread_id=thread_id, limit=limit, order=order, after=after, before=before
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

    def list_thread_items_method_iter(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        before: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[ThreadItem]:
        """Auto-paging :meth:`list_thread_items_method`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[ThreadItem]:
            page = await self.list_thread_items_method(
                thread_id=thread_id,
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

        async def first() -> AsyncPage[ThreadItem]:
            return await fetch(after)

        return AsyncPager(first)

    async def get_thread_method(
        self,
        thread_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ThreadResource:
        """Retrieve a ChatKit thread by its identifier.

        Args:
            thread_id: Identifier of the ChatKit thread to retrieve.

        Returns:
            ThreadResource
        """
        response = await self.get_thread_method_with_http_info(
            thread_id=thread_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_thread_method_with_http_info(
        self,
        thread_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ThreadResource]:
        """Like :meth:`get_thread_method`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_thread_method_call(thread_id=thread_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def delete_thread_method(
        self,
        thread_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeletedThreadResource:
        """Delete a ChatKit thread along with its items and stored attachments.

        Args:
            thread_id: Identifier of the ChatKit thread to delete.

        Returns:
            DeletedThreadResource
        """
        response = await self.delete_thread_method_with_http_info(
            thread_id=thread_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_thread_method_with_http_info(
        self,
        thread_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeletedThreadResource]:
        """Like :meth:`delete_thread_method`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_thread_method_call(thread_id=thread_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def list_threads_method(
        self,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        before: str | None = None,
        user: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ThreadListResource:
        """List ChatKit threads with optional pagination and user filters.

        Args:
            limit: Maximum number of thread items to return. Defaults to 20.
            order: Sort order for results by creation time. Defaults to `desc`.
            after: List items created after this thread item ID. Defaults to null for the first page.
            before: List items created before this thread item ID. Defaults to null for the newest results.
            user: Filter threads that belong to this user identifier. Defaults to null to return all users.

        Returns:
            ThreadListResource
        """
        response = await self.list_threads_method_with_http_info(
            limit=limit,
            order=order,
            after=after,
            before=before,
            user=user,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_threads_method_with_http_info(
        self,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        before: str | None = None,
        user: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ThreadListResource]:
        """Like :meth:`list_threads_method`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_threads_method_call(
                limit=limit, order=order, after=after, before=before, user=user
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

    def list_threads_method_iter(
        self,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        before: str | None = None,
        user: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[ThreadResource]:
        """Auto-paging :meth:`list_threads_method`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[ThreadResource]:
            page = await self.list_threads_method(
                limit=limit,
                order=order,
                after=cursor,
                before=before,
                user=user,
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

        async def first() -> AsyncPage[ThreadResource]:
            return await fetch(after)

        return AsyncPager(first)
