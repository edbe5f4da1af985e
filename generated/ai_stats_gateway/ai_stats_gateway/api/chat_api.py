"""chat operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .._streaming import AsyncStream, Stream
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.chat_completion_chunk import ChatCompletionChunk
from ..models.chat_completions_request import ChatCompletionsRequest
from ..models.chat_completions_response import ChatCompletionsResponse

__all__ = ["ChatApi", "AsyncChatApi"]


def _create_chat_completion_call(
    chat_completions_request: ChatCompletionsRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/chat/completions",
        body_kind="json",
        json=json_body(chat_completions_request, ChatCompletionsRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", ChatCompletionsResponse)},
        security=(("BearerAuth",),),
    )


class ChatApi:
    """chat operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def create_chat_completion(
        self,
        chat_completions_request: ChatCompletionsRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ChatCompletionsResponse:
        """Creates a completion for the chat message.

        Args:
            chat_completions_request: ChatCompletionsRequest

        Returns:
            ChatCompletionsResponse
        """
        response = self.create_chat_completion_with_http_info(
            chat_completions_request=chat_completions_request,
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
        chat_completions_request: ChatCompletionsRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ChatCompletionsResponse]:
        """Like :meth:`create_chat_completion`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_chat_completion_call(chat_completions_request=chat_completions_request),
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
        chat_completions_request: ChatCompletionsRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Stream[ChatCompletionChunk]:
        """Like :meth:`create_chat_completion`, streamed as server-sent events (sends ``"stream": true``).

        Iterate the result for typed events until ``[DONE]``; use it as a
        context manager, or ``close()`` it, to release the connection early.
        """
        call = _create_chat_completion_call(chat_completions_request=chat_completions_request)
        return self.api_client.stream(
            call.for_stream(True),
            ChatCompletionChunk,
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


class AsyncChatApi:
    """chat operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_chat_completion(
        self,
        chat_completions_request: ChatCompletionsRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ChatCompletionsResponse:
        """Creates a completion for the chat message.

        Args:
            chat_completions_request: ChatCompletionsRequest

        Returns:
            ChatCompletionsResponse
        """
        response = await self.create_chat_completion_with_http_info(
            chat_completions_request=chat_completions_request,
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
        chat_completions_request: ChatCompletionsRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ChatCompletionsResponse]:
        """Like :meth:`create_chat_completion`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_chat_completion_call(chat_completions_request=chat_completions_request),
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
        chat_completions_request: ChatCompletionsRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncStream[ChatCompletionChunk]:
        """Like :meth:`create_chat_completion`, streamed as server-sent events (sends ``"stream": true``).

        Iterate the result for typed events until ``[DONE]``; use it as a
        context manager, or ``close()`` it, to release the connection early.
        """
        call = _create_chat_completion_call(chat_completions_request=chat_completions_request)
        return self.api_client.stream(
            call.for_stream(True),
            ChatCompletionChunk,
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
