"""Chat operations: Given a list of messages comprising a conversation, the model will return a response.."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import httpx

from .._pagination import AsyncPage, AsyncPager, SyncPage
from .._streaming import AsyncStream, Stream
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.chat_completion_deleted import ChatCompletionDeleted
from ..models.chat_completion_list import ChatCompletionList
from ..models.chat_completion_message_list import ChatCompletionMessageList
from ..models.chat_completion_message_list_data_item import ChatCompletionMessageListDataItem
from ..models.create_chat_completion_request import CreateChatCompletionRequest
from ..models.create_chat_completion_response import CreateChatCompletionResponse
from ..models.create_chat_completion_stream_response import CreateChatCompletionStreamResponse
from ..models.metadata import Metadata
from ..models.update_chat_completion_request import UpdateChatCompletionRequest

__all__ = ["ChatApi", "AsyncChatApi"]


def _list_chat_completions_call(
    model: str | None,
    metadata: Metadata | None,
    after: str | None,
    limit: int | None,
    order: Literal["asc", "desc"] | str | None,
) -> Call:
    return Call(
        "GET",
        "/chat/completions",
        query={
            "model": model,
            "metadata": metadata,
            "after": after,
            "limit": limit,
            "order": order,
        },
        accept="application/json",
        responses={"200": ("json", ChatCompletionList)},
        security=(("ApiKeyAuth",),),
    )


def _create_chat_completion_call(
    create_chat_completion_request: CreateChatCompletionRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/chat/completions",
        body_kind="json",
        json=json_body(create_chat_completion_request, CreateChatCompletionRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", CreateChatCompletionResponse)},
        security=(("ApiKeyAuth",),),
    )


def _get_chat_completion_call(
    completion_id: str,
) -> Call:
    return Call(
        "GET",
        "/chat/completions/{completion_id}",
        path_params={"completion_id": completion_id},
        accept="application/json",
        responses={"200": ("json", CreateChatCompletionResponse)},
        security=(("ApiKeyAuth",),),
    )


def _update_chat_completion_call(
    completion_id: str,
    update_chat_completion_request: UpdateChatCompletionRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/chat/completions/{completion_id}",
        path_params={"completion_id": completion_id},
        body_kind="json",
        json=json_body(update_chat_completion_request, UpdateChatCompletionRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", CreateChatCompletionResponse)},
        security=(("ApiKeyAuth",),),
    )


def _delete_chat_completion_call(
    completion_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/chat/completions/{completion_id}",
        path_params={"completion_id": completion_id},
        accept="application/json",
        responses={"200": ("json", ChatCompletionDeleted)},
        security=(("ApiKeyAuth",),),
    )


def _get_chat_completion_messages_call(
    completion_id: str,
    after: str | None,
    limit: int | None,
    order: Literal["asc", "desc"] | str | None,
) -> Call:
    return Call(
        "GET",
        "/chat/completions/{completion_id}/messages",
        path_params={"completion_id": completion_id},
        query={"after": after, "limit": limit, "order": order},
        accept="application/json",
        responses={"200": ("json", ChatCompletionMessageList)},
        security=(("ApiKeyAuth",),),
    )


class ChatApi:
    """Chat operations.

    Given a list of messages comprising a conversation, the model will return a response.
    """

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_chat_completions(
        self,
        *,
        model: str | None = None,
        metadata: Metadata | None = None,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ChatCompletionList:
        """List stored Chat Completions. Only Chat Completions that have been stored
        with the `store` parameter set to `true` will be returned.

        Args:
            model: The model used to generate the Chat Completions.
            metadata: A list of metadata keys to filter the Chat Completions by. Example:

                `metadata[key1]=value1&metadata[key2]=value2`
            after: Identifier for the last chat completion from the previous pagination request.
            limit: Number of Chat Completions to retrieve.
            order: Sort order for Chat Completions by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.

        Returns:
            ChatCompletionList
        """
        response = self.list_chat_completions_with_http_info(
            model=model,
            metadata=metadata,
            after=after,
            limit=limit,
            order=order,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_chat_completions_with_http_info(
        self,
        *,
        model: str | None = None,
        metadata: Metadata | None = None,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ChatCompletionList]:
        """Like :meth:`list_chat_completions`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_chat_completions_call(
                model=model, metadata=metadata, after=after, limit=limit, order=order
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

    def list_chat_completions_iter(
        self,
        *,
        model: str | None = None,
        metadata: Metadata | None = None,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[CreateChatCompletionResponse]:
        """Auto-paging :meth:`list_chat_completions`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[CreateChatCompletionResponse]:
            page = self.list_chat_completions(
                model=model,
                metadata=metadata,
                after=cursor,
                limit=limit,
                order=order,
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

    def create_chat_completion(
        self,
        create_chat_completion_request: CreateChatCompletionRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> CreateChatCompletionResponse:
        """**Starting a new project?** We recommend trying [Responses](/docs/api-reference/responses)
        to take advantage of the latest OpenAI platform features. Compare
        [Chat Completions with Responses](/docs/guides/responses-vs-chat-completions?api-mode=responses).

        ---

        Creates a model response for the given chat conversation. Learn more in the
        [text generation](/docs/guides/text-generation), [vision](/docs/guides/vision),
        and [audio](/docs/guides/audio) guides.

        Parameter support can differ depending on the model used to generate the
        response, particularly for newer reasoning models. Parameters that are only
        supported for reasoning models are noted below. For the current state of
        unsupported parameters in reasoning models,
        [refer to the reasoning guide](/docs/guides/reasoning).

        Returns a chat completion object, or a streamed sequence of chat completion
        chunk objects if the request is streamed.

        Args:
            create_chat_completion_request: CreateChatCompletionRequest

        Returns:
            CreateChatCompletionResponse
        """
        response = self.create_chat_completion_with_http_info(
            create_chat_completion_request=create_chat_completion_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_chat_completion_with_http_info(
        self,
        create_chat_completion_request: CreateChatCompletionRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[CreateChatCompletionResponse]:
        """Like :meth:`create_chat_completion`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_chat_completion_call(
                create_chat_completion_request=create_chat_completion_request
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

    def create_chat_completion_stream(
        self,
        create_chat_completion_request: CreateChatCompletionRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Stream[CreateChatCompletionStreamResponse]:
        """Like :meth:`create_chat_completion`, streamed as server-sent events (sends ``"stream": true``).

        Iterate the result for typed events until ``[DONE]``; use it as a
        context manager, or ``close()`` it, to release the connection early.
        """
        call = _create_chat_completion_call(
            create_chat_completion_request=create_chat_completion_request
        )
        return self.api_client.stream(
            call.for_stream(True),
            CreateChatCompletionStreamResponse,
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
            expect_done=True,
        )

    def get_chat_completion(
        self,
        completion_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> CreateChatCompletionResponse:
        """Get a stored chat completion. Only Chat Completions that have been created
        with the `store` parameter set to `true` will be returned.

        Args:
            completion_id: The ID of the chat completion to retrieve.

        Returns:
            CreateChatCompletionResponse
        """
        response = self.get_chat_completion_with_http_info(
            completion_id=completion_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_chat_completion_with_http_info(
        self,
        completion_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[CreateChatCompletionResponse]:
        """Like :meth:`get_chat_completion`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_chat_completion_call(completion_id=completion_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def update_chat_completion(
        self,
        completion_id: str,
        update_chat_completion_request: UpdateChatCompletionRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> CreateChatCompletionResponse:
        """Modify a stored chat completion. Only Chat Completions that have been
        created with the `store` parameter set to `true` can be modified. Currently,
        the only supported modification is to update the `metadata` field.

        Args:
            completion_id: The ID of the chat completion to update.
            update_chat_completion_request: UpdateChatCompletionRequest

        Returns:
            CreateChatCompletionResponse
        """
        response = self.update_chat_completion_with_http_info(
            completion_id=completion_id,
            update_chat_completion_request=update_chat_completion_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def update_chat_completion_with_http_info(
        self,
        completion_id: str,
        update_chat_completion_request: UpdateChatCompletionRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[CreateChatCompletionResponse]:
        """Like :meth:`update_chat_completion`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _update_chat_completion_call(
                completion_id=completion_id,
                update_chat_completion_request=update_chat_completion_request,
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

    def delete_chat_completion(
        self,
        completion_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ChatCompletionDeleted:
        """Delete a stored chat completion. Only Chat Completions that have been
        created with the `store` parameter set to `true` can be deleted.

        Args:
            completion_id: The ID of the chat completion to delete.

        Returns:
            ChatCompletionDeleted
        """
        response = self.delete_chat_completion_with_http_info(
            completion_id=completion_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_chat_completion_with_http_info(
        self,
        completion_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ChatCompletionDeleted]:
        """Like :meth:`delete_chat_completion`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_chat_completion_call(completion_id=completion_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def get_chat_completion_messages(
        self,
        completion_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ChatCompletionMessageList:
        """Get the messages in a stored chat completion. Only Chat Completions that
        have been created with the `store` parameter set to `true` will be
        returned.

        Args:
            completion_id: The ID of the chat completion to retrieve messages from.
            after: Identifier for the last message from the previous pagination request.
            limit: Number of messages to retrieve.
            order: Sort order for messages by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.

        Returns:
            ChatCompletionMessageList
        """
        response = self.get_chat_completion_messages_with_http_info(
            completion_id=completion_id,
            after=after,
            limit=limit,
            order=order,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_chat_completion_messages_with_http_info(
        self,
        completion_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ChatCompletionMessageList]:
        """Like :meth:`get_chat_completion_messages`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_chat_completion_messages_call(
                completion_id=completion_id, after=after, limit=limit, order=order
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

    def get_chat_completion_messages_iter(
        self,
        completion_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[ChatCompletionMessageListDataItem]:
        """Auto-paging :meth:`get_chat_completion_messages`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[ChatCompletionMessageListDataItem]:
            page = self.get_chat_completion_messages(
                completion_id=completion_id,
                after=cursor,
                limit=limit,
                order=order,
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


class AsyncChatApi:
    """Chat operations (async).

    Given a list of messages comprising a conversation, the model will return a response.
    """

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_chat_completions(
        self,
        *,
        model: str | None = None,
        metadata: Metadata | None = None,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ChatCompletionList:
        """List stored Chat Completions. Only Chat Completions that have been stored
        with the `store` parameter set to `true` will be returned.

        Args:
            model: The model used to generate the Chat Completions.
            metadata: A list of metadata keys to filter the Chat Completions by. Example:

                `metadata[key1]=value1&metadata[key2]=value2`
            after: Identifier for the last chat completion from the previous pagination request.
            limit: Number of Chat Completions to retrieve.
            order: Sort order for Chat Completions by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.

        Returns:
            ChatCompletionList
        """
        response = await self.list_chat_completions_with_http_info(
            model=model,
            metadata=metadata,
            after=after,
            limit=limit,
            order=order,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_chat_completions_with_http_info(
        self,
        *,
        model: str | None = None,
        metadata: Metadata | None = None,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ChatCompletionList]:
        """Like :meth:`list_chat_completions`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_chat_completions_call(
                model=model, metadata=metadata, after=after, limit=limit, order=order
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

    def list_chat_completions_iter(
        self,
        *,
        model: str | None = None,
        metadata: Metadata | None = None,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[CreateChatCompletionResponse]:
        """Auto-paging :meth:`list_chat_completions`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[CreateChatCompletionResponse]:
            page = await self.list_chat_completions(
                model=model,
                metadata=metadata,
                after=cursor,
                limit=limit,
                order=order,
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

        async def first() -> AsyncPage[CreateChatCompletionResponse]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_chat_completion(
        self,
        create_chat_completion_request: CreateChatCompletionRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> CreateChatCompletionResponse:
        """**Starting a new project?** We recommend trying [Responses](/docs/api-reference/responses)
        to take advantage of the latest OpenAI platform features. Compare
        [Chat Completions with Responses](/docs/guides/responses-vs-chat-completions?api-mode=responses).

        ---

        Creates a model response for the given chat conversation. Learn more in the
        [text generation](/docs/guides/text-generation), [vision](/docs/guides/vision),
        and [audio](/docs/guides/audio) guides.

        Parameter support can differ depending on the model used to generate the
        response, particularly for newer reasoning models. Parameters that are only
        supported for reasoning models are noted below. For the current state of
        unsupported parameters in reasoning models,
        [refer to the reasoning guide](/docs/guides/reasoning).

        Returns a chat completion object, or a streamed sequence of chat completion
        chunk objects if the request is streamed.

        Args:
            create_chat_completion_request: CreateChatCompletionRequest

        Returns:
            CreateChatCompletionResponse
        """
        response = await self.create_chat_completion_with_http_info(
            create_chat_completion_request=create_chat_completion_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_chat_completion_with_http_info(
        self,
        create_chat_completion_request: CreateChatCompletionRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[CreateChatCompletionResponse]:
        """Like :meth:`create_chat_completion`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_chat_completion_call(
                create_chat_completion_request=create_chat_completion_request
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

    def create_chat_completion_stream(
        self,
        create_chat_completion_request: CreateChatCompletionRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncStream[CreateChatCompletionStreamResponse]:
        """Like :meth:`create_chat_completion`, streamed as server-sent events (sends ``"stream": true``).

        Iterate the result for typed events until ``[DONE]``; use it as a
        context manager, or ``close()`` it, to release the connection early.
        """
        call = _create_chat_completion_call(
            create_chat_completion_request=create_chat_completion_request
        )
        return self.api_client.stream(
            call.for_stream(True),
            CreateChatCompletionStreamResponse,
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
            expect_done=True,
        )

    async def get_chat_completion(
        self,
        completion_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> CreateChatCompletionResponse:
        """Get a stored chat completion. Only Chat Completions that have been created
        with the `store` parameter set to `true` will be returned.

        Args:
            completion_id: The ID of the chat completion to retrieve.

        Returns:
            CreateChatCompletionResponse
        """
        response = await self.get_chat_completion_with_http_info(
            completion_id=completion_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_chat_completion_with_http_info(
        self,
        completion_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[CreateChatCompletionResponse]:
        """Like :meth:`get_chat_completion`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_chat_completion_call(completion_id=completion_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def update_chat_completion(
        self,
        completion_id: str,
        update_chat_completion_request: UpdateChatCompletionRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> CreateChatCompletionResponse:
        """Modify a stored chat completion. Only Chat Completions that have been
        created with the `store` parameter set to `true` can be modified. Currently,
        the only supported modification is to update the `metadata` field.

        Args:
            completion_id: The ID of the chat completion to update.
            update_chat_completion_request: UpdateChatCompletionRequest

        Returns:
            CreateChatCompletionResponse
        """
        response = await self.update_chat_completion_with_http_info(
            completion_id=completion_id,
            update_chat_completion_request=update_chat_completion_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def update_chat_completion_with_http_info(
        self,
        completion_id: str,
        update_chat_completion_request: UpdateChatCompletionRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[CreateChatCompletionResponse]:
        """Like :meth:`update_chat_completion`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _update_chat_completion_call(
                completion_id=completion_id,
                update_chat_completion_request=update_chat_completion_request,
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

    async def delete_chat_completion(
        self,
        completion_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ChatCompletionDeleted:
        """Delete a stored chat completion. Only Chat Completions that have been
        created with the `store` parameter set to `true` can be deleted.

        Args:
            completion_id: The ID of the chat completion to delete.

        Returns:
            ChatCompletionDeleted
        """
        response = await self.delete_chat_completion_with_http_info(
            completion_id=completion_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_chat_completion_with_http_info(
        self,
        completion_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ChatCompletionDeleted]:
        """Like :meth:`delete_chat_completion`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_chat_completion_call(completion_id=completion_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def get_chat_completion_messages(
        self,
        completion_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ChatCompletionMessageList:
        """Get the messages in a stored chat completion. Only Chat Completions that
        have been created with the `store` parameter set to `true` will be
        returned.

        Args:
            completion_id: The ID of the chat completion to retrieve messages from.
            after: Identifier for the last message from the previous pagination request.
            limit: Number of messages to retrieve.
            order: Sort order for messages by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.

        Returns:
            ChatCompletionMessageList
        """
        response = await self.get_chat_completion_messages_with_http_info(
            completion_id=completion_id,
            after=after,
            limit=limit,
            order=order,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_chat_completion_messages_with_http_info(
        self,
        completion_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ChatCompletionMessageList]:
        """Like :meth:`get_chat_completion_messages`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_chat_completion_messages_call(
                completion_id=completion_id, after=after, limit=limit, order=order
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

    def get_chat_completion_messages_iter(
        self,
        completion_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[ChatCompletionMessageListDataItem]:
        """Auto-paging :meth:`get_chat_completion_messages`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[ChatCompletionMessageListDataItem]:
            page = await self.get_chat_completion_messages(
                completion_id=completion_id,
                after=cursor,
                limit=limit,
                order=order,
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

        async def first() -> AsyncPage[ChatCompletionMessageListDataItem]:
            return await fetch(after)

        return AsyncPager(first)
