"""Conversations operations: Manage conversations and conversation items.."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import httpx

from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.conversation_item import ConversationItem
from ..models.conversation_item_list import ConversationItemList
from ..models.conversation_resource import ConversationResource
from ..models.create_conversation_body import CreateConversationBody
from ..models.create_conversation_items_request import CreateConversationItemsRequest
from ..models.deleted_conversation_resource import DeletedConversationResource
from ..models.include_enum import IncludeEnum
from ..models.update_conversation_body import UpdateConversationBody

__all__ = ["ConversationsApi", "AsyncConversationsApi"]


def _list_conversation_items_call(
    conversation_id: str,
    limit: int | None,
    order: Literal["asc", "desc"] | str | None,
    after: str | None,
    include: list[IncludeEnum | str] | None,
) -> Call:
    return Call(
        "GET",
        "/conversations/{conversation_id}/items",
        path_params={"conversation_id": conversation_id},
        query={"limit": limit, "order": order, "after": after, "include": include},
        accept="application/json",
        responses={"200": ("json", ConversationItemList)},
        security=(("ApiKeyAuth",),),
    )


def _create_conversation_items_call(
    conversation_id: str,
    create_conversation_items_request: CreateConversationItemsRequest | dict[str, Any],
    include: list[IncludeEnum | str] | None,
) -> Call:
    return Call(
        "POST",
        "/conversations/{conversation_id}/items",
        path_params={"conversation_id": conversation_id},
        query={"include": include},
        body_kind="json",
        json=json_body(create_conversation_items_request, CreateConversationItemsRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", ConversationItemList)},
        security=(("ApiKeyAuth",),),
    )


def _get_conversation_item_call(
    conversation_id: str,
    item_id: str,
    include: list[IncludeEnum | str] | None,
) -> Call:
    return Call(
        "GET",
        "/conversations/{conversation_id}/items/{item_id}",
        path_params={"conversation_id": conversation_id, "item_id": item_id},
        query={"include": include},
        accept="application/json",
        responses={"200": ("json", ConversationItem)},
        security=(("ApiKeyAuth",),),
    )


def _delete_conversation_item_call(
    conversation_id: str,
    item_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/conversations/{conversation_id}/items/{item_id}",
        path_params={"conversation_id": conversation_id, "item_id": item_id},
        accept="application/json",
        responses={"200": ("json", ConversationResource)},
        security=(("ApiKeyAuth",),),
    )


def _create_conversation_call(
    create_conversation_body: CreateConversationBody | dict[str, Any] | None,
) -> Call:
    return Call(
        "POST",
        "/conversations",
        body_kind="json",
        json=json_body(create_conversation_body, CreateConversationBody),
        has_json=create_conversation_body is not None,
        accept="application/json",
        responses={"200": ("json", ConversationResource)},
        security=(("ApiKeyAuth",),),
    )


def _get_conversation_call(
    conversation_id: str,
) -> Call:
    return Call(
        "GET",
        "/conversations/{conversation_id}",
        path_params={"conversation_id": conversation_id},
        accept="application/json",
        responses={"200": ("json", ConversationResource)},
        security=(("ApiKeyAuth",),),
    )


def _update_conversation_call(
    conversation_id: str,
    update_conversation_body: UpdateConversationBody | dict[str, Any] | None,
) -> Call:
    return Call(
        "POST",
        "/conversations/{conversation_id}",
        path_params={"conversation_id": conversation_id},
        body_kind="json",
        json=json_body(update_conversation_body, UpdateConversationBody),
        has_json=update_conversation_body is not None,
        accept="application/json",
        responses={"200": ("json", ConversationResource)},
        security=(("ApiKeyAuth",),),
    )


def _delete_conversation_call(
    conversation_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/conversations/{conversation_id}",
        path_params={"conversation_id": conversation_id},
        accept="application/json",
        responses={"200": ("json", DeletedConversationResource)},
        security=(("ApiKeyAuth",),),
    )


class ConversationsApi:
    """Conversations operations.

    Manage conversations and conversation items.
    """

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_conversation_items(
        self,
        conversation_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        include: list[IncludeEnum | str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ConversationItemList:
        """List all items for a conversation with the given ID.

        Args:
            conversation_id: The ID of the conversation to list items for.
            limit: A limit on the number of objects to be returned. Limit can range between
                1 and 100, and the default is 20.
            order: The order to return the input items in. Default is `desc`.
                - `asc`: Return the input items in ascending order.
                - `desc`: Return the input items in descending order.
            after: An item ID to list items after, used in pagination.
            include: Specify additional output data to include in the model response. Currently supported values are:
                - `web_search_call.action.sources`: Include the sources of the web search tool call.
                - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool call items.
                - `computer_call_output.output.image_url`: Include image urls from the computer call output.
                - `file_search_call.results`: Include the search results of the file search tool call.
                - `message.input_image.image_url`: Include image urls from the input message.
                - `message.output_text.logprobs`: Include logprobs with assistant messages.
                - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses API statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled in the zero data retention program).

        Returns:
            ConversationItemList
        """
        response = self.list_conversation_items_with_http_info(
            conversation_id=conversation_id,
            limit=limit,
            order=order,
            after=after,
            include=include,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_conversation_items_with_http_info(
        self,
        conversation_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        include: list[IncludeEnum | str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ConversationItemList]:
        """Like :meth:`list_conversation_items`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_conversation_items_call(
                conversation_id=conversation_id,
                limit=limit,
                order=order,
                after=after,
                include=include,
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

    def list_conversation_items_iter(
        self,
        conversation_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        include: list[IncludeEnum | str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[ConversationItem]:
        """Auto-paging :meth:`list_conversation_items`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[ConversationItem]:
            page = self.list_conversation_items(
                conversation_id=conversation_id,
                limit=limit,
                order=order,
                after=cursor,
                include=include,
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

    def create_conversation_items(
        self,
        conversation_id: str,
        create_conversation_items_request: CreateConversationItemsRequest | dict[str, Any],
        *,
        include: list[IncludeEnum | str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ConversationItemList:
        """Create items in a conversation with the given ID.

        Args:
            conversation_id: The ID of the conversation to add the item to.
            create_conversation_items_request: CreateConversationItemsRequest
            include: Additional fields to include in the response. See the `include`
                parameter for [listing Conversation items above](/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information.

        Returns:
            ConversationItemList
        """
        response = self.create_conversation_items_with_http_info(
            conversation_id=conversation_id,
            create_conversation_items_request=create_conversation_items_request,
            include=include,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_conversation_items_with_http_info(
        self,
        conversation_id: str,
        create_conversation_items_request: CreateConversationItemsRequest | dict[str, Any],
        *,
        include: list[IncludeEnum | str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ConversationItemList]:
        """Like :meth:`create_conversation_items`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_conversation_items_call(
                conversation_id=conversation_id,
                create_conversation_items_request=create_conversation_items_request,
                include=include,
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

    def get_conversation_item(
        self,
        conversation_id: str,
        item_id: str,
        *,
        include: list[IncludeEnum | str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ConversationItem:
        """Get a single item from a conversation with the given IDs.

        Args:
            conversation_id: The ID of the conversation that contains the item.
            item_id: The ID of the item to retrieve.
            include: Additional fields to include in the response. See the `include`
                parameter for [listing Conversation items above](/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information.

        Returns:
            ConversationItem
        """
        response = self.get_conversation_item_with_http_info(
            conversation_id=conversation_id,
            item_id=item_id,
            include=include,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_conversation_item_with_http_info(
        self,
        conversation_id: str,
        item_id: str,
        *,
        include: list[IncludeEnum | str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ConversationItem]:
        """Like :meth:`get_conversation_item`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_conversation_item_call(
                conversation_id=conversation_id, item_id=item_id, include=include
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

    def delete_conversation_item(
        self,
        conversation_id: str,
        item_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ConversationResource:
        """Delete an item from a conversation with the given IDs.

        Args:
            conversation_id: The ID of the conversation that contains the item.
            item_id: The ID of the item to delete.

        Returns:
            ConversationResource
        """
        response = self.delete_conversation_item_with_http_info(
            conversation_id=conversation_id,
            item_id=item_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_conversation_item_with_http_info(
        self,
        conversation_id: str,
        item_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ConversationResource]:
        """Like :meth:`delete_conversation_item`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_conversation_item_call(conversation_id=conversation_id, item_id=item_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def create_conversation(
        self,
        *,
        create_conversation_body: CreateConversationBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ConversationResource:
        """Create a conversation.

        Args:
            create_conversation_body: CreateConversationBody

        Returns:
            ConversationResource
        """
        response = self.create_conversation_with_http_info(
            create_conversation_body=create_conversation_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_conversation_with_http_info(
        self,
        *,
        create_conversation_body: CreateConversationBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ConversationResource]:
        """Like :meth:`create_conversation`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_conversation_call(create_conversation_body=create_conversation_body),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def get_conversation(
        self,
        conversation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ConversationResource:
        """Get a conversation

        Args:
            conversation_id: The ID of the conversation to retrieve.

        Returns:
            ConversationResource
        """
        response = self.get_conversation_with_http_info(
            conversation_id=conversation_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_conversation_with_http_info(
        self,
        conversation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ConversationResource]:
        """Like :meth:`get_conversation`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_conversation_call(conversation_id=conversation_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def update_conversation(
        self,
        conversation_id: str,
        *,
        update_conversation_body: UpdateConversationBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ConversationResource:
        """Update a conversation

        Args:
            conversation_id: The ID of the conversation to update.
            update_conversation_body: UpdateConversationBody

        Returns:
            ConversationResource
        """
        response = self.update_conversation_with_http_info(
            conversation_id=conversation_id,
            update_conversation_body=update_conversation_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def update_conversation_with_http_info(
        self,
        conversation_id: str,
        *,
        update_conversation_body: UpdateConversationBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ConversationResource]:
        """Like :meth:`update_conversation`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _update_conversation_call(
                conversation_id=conversation_id, update_conversation_body=update_conversation_body
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

    def delete_conversation(
        self,
        conversation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeletedConversationResource:
        """Delete a conversation. Items in the conversation will not be deleted.

        Args:
            conversation_id: The ID of the conversation to delete.

        Returns:
            DeletedConversationResource
        """
        response = self.delete_conversation_with_http_info(
            conversation_id=conversation_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_conversation_with_http_info(
        self,
        conversation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeletedConversationResource]:
        """Like :meth:`delete_conversation`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_conversation_call(conversation_id=conversation_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncConversationsApi:
    """Conversations operations (async).

    Manage conversations and conversation items.
    """

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_conversation_items(
        self,
        conversation_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        include: list[IncludeEnum | str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ConversationItemList:
        """List all items for a conversation with the given ID.

        Args:
            conversation_id: The ID of the conversation to list items for.
            limit: A limit on the number of objects to be returned. Limit can range between
                1 and 100, and the default is 20.
            order: The order to return the input items in. Default is `desc`.
                - `asc`: Return the input items in ascending order.
                - `desc`: Return the input items in descending order.
            after: An item ID to list items after, used in pagination.
            include: Specify additional output data to include in the model response. Currently supported values are:
                - `web_search_call.action.sources`: Include the sources of the web search tool call.
                - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool call items.
                - `computer_call_output.output.image_url`: Include image urls from the computer call output.
                - `file_search_call.results`: Include the search results of the file search tool call.
                - `message.input_image.image_url`: Include image urls from the input message.
                - `message.output_text.logprobs`: Include logprobs with assistant messages.
                - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses API statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled in the zero data retention program).

        Returns:
            ConversationItemList
        """
        response = await self.list_conversation_items_with_http_info(
            conversation_id=conversation_id,
            limit=limit,
            order=order,
            after=after,
            include=include,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_conversation_items_with_http_info(
        self,
        conversation_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        include: list[IncludeEnum | str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ConversationItemList]:
        """Like :meth:`list_conversation_items`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_conversation_items_call(
                conversation_id=conversation_id,
                limit=limit,
                order=order,
                after=after,
                include=include,
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

    def list_conversation_items_iter(
        self,
        conversation_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        after: str | None = None,
        include: list[IncludeEnum | str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[ConversationItem]:
        """Auto-paging :meth:`list_conversation_items`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[ConversationItem]:
            page = await self.list_conversation_items(
                conversation_id=conversation_id,
                limit=limit,
                order=order,
                after=cursor,
                include=include,
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

        async def first() -> AsyncPage[ConversationItem]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_conversation_items(
        self,
        conversation_id: str,
        create_conversation_items_request: CreateConversationItemsRequest | dict[str, Any],
        *,
        include: list[IncludeEnum | str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ConversationItemList:
        """Create items in a conversation with the given ID.

        Args:
            conversation_id: The ID of the conversation to add the item to.
            create_conversation_items_request: CreateConversationItemsRequest
            include: Additional fields to include in the response. See the `include`
                parameter for [listing Conversation items above](/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information.

        Returns:
            ConversationItemList
        """
        response = await self.create_conversation_items_with_http_info(
            conversation_id=conversation_id,
            create_conversation_items_request=create_conversation_items_request,
            include=include,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_conversation_items_with_http_info(
        self,
        conversation_id: str,
        create_conversation_items_request: CreateConversationItemsRequest | dict[str, Any],
        *,
        include: list[IncludeEnum | str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ConversationItemList]:
        """Like :meth:`create_conversation_items`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_conversation_items_call(
                conversation_id=conversation_id,
                create_conversation_items_request=create_conversation_items_request,
                include=include,
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

    async def get_conversation_item(
        self,
        conversation_id: str,
        item_id: str,
        *,
        include: list[IncludeEnum | str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ConversationItem:
        """Get a single item from a conversation with the given IDs.

        Args:
            conversation_id: The ID of the conversation that contains the item.
            item_id: The ID of the item to retrieve.
            include: Additional fields to include in the response. See the `include`
                parameter for [listing Conversation items above](/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information.

        Returns:
            ConversationItem
        """
        response = await self.get_conversation_item_with_http_info(
            conversation_id=conversation_id,
            item_id=item_id,
            include=include,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_conversation_item_with_http_info(
        self,
        conversation_id: str,
        item_id: str,
        *,
        include: list[IncludeEnum | str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ConversationItem]:
        """Like :meth:`get_conversation_item`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_conversation_item_call(
                conversation_id=conversation_id, item_id=item_id, include=include
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

    async def delete_conversation_item(
        self,
        conversation_id: str,
        item_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ConversationResource:
        """Delete an item from a conversation with the given IDs.

        Args:
            conversation_id: The ID of the conversation that contains the item.
            item_id: The ID of the item to delete.

        Returns:
            ConversationResource
        """
        response = await self.delete_conversation_item_with_http_info(
            conversation_id=conversation_id,
            item_id=item_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_conversation_item_with_http_info(
        self,
        conversation_id: str,
        item_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ConversationResource]:
        """Like :meth:`delete_conversation_item`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_conversation_item_call(conversation_id=conversation_id, item_id=item_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def create_conversation(
        self,
        *,
        create_conversation_body: CreateConversationBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ConversationResource:
        """Create a conversation.

        Args:
            create_conversation_body: CreateConversationBody

        Returns:
            ConversationResource
        """
        response = await self.create_conversation_with_http_info(
            create_conversation_body=create_conversation_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_conversation_with_http_info(
        self,
        *,
        create_conversation_body: CreateConversationBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ConversationResource]:
        """Like :meth:`create_conversation`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_conversation_call(create_conversation_body=create_conversation_body),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def get_conversation(
        self,
        conversation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ConversationResource:
        """Get a conversation

        Args:
            conversation_id: The ID of the conversation to retrieve.

        Returns:
            ConversationResource
        """
        response = await self.get_conversation_with_http_info(
            conversation_id=conversation_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_conversation_with_http_info(
        self,
        conversation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ConversationResource]:
        """Like :meth:`get_conversation`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_conversation_call(conversation_id=conversation_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def update_conversation(
        self,
        conversation_id: str,
        *,
        update_conversation_body: UpdateConversationBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ConversationResource:
        """Update a conversation

        Args:
            conversation_id: The ID of the conversation to update.
            update_conversation_body: UpdateConversationBody

        Returns:
            ConversationResource
        """
        response = await self.update_conversation_with_http_info(
            conversation_id=conversation_id,
            update_conversation_body=update_conversation_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def update_conversation_with_http_info(
        self,
        conversation_id: str,
        *,
        update_conversation_body: UpdateConversationBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ConversationResource]:
        """Like :meth:`update_conversation`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _update_conversation_call(
                conversation_id=conversation_id, update_conversation_body=update_conversation_body
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

    async def delete_conversation(
        self,
        conversation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeletedConversationResource:
        """Delete a conversation. Items in the conversation will not be deleted.

        Args:
            conversation_id: The ID of the conversation to delete.

        Returns:
            DeletedConversationResource
        """
        response = await self.delete_conversation_with_http_info(
            conversation_id=conversation_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_conversation_with_http_info(
        self,
        conversation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeletedConversationResource]:
        """Like :meth:`delete_conversation`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_conversation_call(conversation_id=conversation_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
