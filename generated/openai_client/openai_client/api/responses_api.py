"""Responses operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import httpx

from .._pagination import AsyncPage, AsyncPager, SyncPage
from .._streaming import AsyncStream, Stream
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.compact_resource import CompactResource
from ..models.compact_response_method_public_body import CompactResponseMethodPublicBody
from ..models.create_response import CreateResponse
from ..models.error import Error
from ..models.include_enum import IncludeEnum
from ..models.item_resource import ItemResource
from ..models.response import Response
from ..models.response_item_list import ResponseItemList
from ..models.response_stream_event import ResponseStreamEvent
from ..models.token_counts_body import TokenCountsBody
from ..models.token_counts_resource import TokenCountsResource

__all__ = ["ResponsesApi", "AsyncResponsesApi"]


def _create_response_call(
    create_response: CreateResponse | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/responses",
        body_kind="json",
        json=json_body(create_response, CreateResponse),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", Response)},
        security=(("ApiKeyAuth",),),
    )


def _get_response_call(
    response_id: str,
    include: list[IncludeEnum | str] | None,
    stream: bool | None,
    starting_after: int | None,
    include_obfuscation: bool | None,
) -> Call:
    return Call(
        "GET",
        "/responses/{response_id}",
        path_params={"response_id": response_id},
        query={
            "include": include,
            "stream": stream,
            "starting_after": starting_after,
            "include_obfuscation": include_obfuscation,
        },
        accept="application/json",
        responses={"200": ("json", Response)},
        security=(("ApiKeyAuth",),),
    )


def _delete_response_call(
    response_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/responses/{response_id}",
        path_params={"response_id": response_id},
        responses={"200": ("empty", None), "404": ("json", Error)},
        security=(("ApiKeyAuth",),),
    )


def _cancel_response_call(
    response_id: str,
) -> Call:
    return Call(
        "POST",
        "/responses/{response_id}/cancel",
        path_params={"response_id": response_id},
        accept="application/json",
        responses={"200": ("json", Response), "404": ("json", Error)},
        security=(("ApiKeyAuth",),),
    )


def _list_input_items_call(
    response_id: str,
    limit: int | None,
    order: Literal["asc", "desc"] | str | None,
    after: str | None,
    include: list[IncludeEnum | str] | None,
) -> Call:
    return Call(
        "GET",
        "/responses/{response_id}/input_items",
        path_params={"response_id": response_id},
        query={"limit": limit, "order": order, "after": after, "include": include},
        accept="application/json",
        responses={"200": ("json", ResponseItemList)},
        security=(("ApiKeyAuth",),),
    )


def _getinputtokencounts_call(
    token_counts_body: TokenCountsBody | dict[str, Any] | None,
) -> Call:
    return Call(
        "POST",
        "/responses/input_tokens",
        body_kind="json",
        json=json_body(token_counts_body, TokenCountsBody),
        has_json=token_counts_body is not None,
        accept="application/json",
        responses={"200": ("json", TokenCountsResource)},
        security=(("ApiKeyAuth",),),
    )


def _compactconversation_call(
    compact_response_method_public_body: CompactResponseMethodPublicBody | dict[str, Any] | None,
) -> Call:
    return Call(
        "POST",
        "/responses/compact",
        body_kind="json",
        json=json_body(compact_response_method_public_body, CompactResponseMethodPublicBody),
        has_json=compact_response_method_public_body is not None,
        accept="application/json",
        responses={"200": ("json", CompactResource)},
        security=(("ApiKeyAuth",),),
    )


class ResponsesApi:
    """Responses operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def create_response(
        self,
        create_response: CreateResponse | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Response:
        """Creates a model response. Provide [text](/docs/guides/text) or
        [image](/docs/guides/images) inputs to generate [text](/docs/guides/text)
        or [JSON](/docs/guides/structured-outputs) outputs. Have the model call
        your own [custom code](/docs/guides/function-calling) or use built-in
        [tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search)
        or [file search](/docs/guides/tools-file-search) to use your own data
        as input for the model's response.

        Args:
            create_response: CreateResponse

        Returns:
            Response
        """
        response = self.create_response_with_http_info(
            create_response=create_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_response_with_http_info(
        self,
        create_response: CreateResponse | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Response]:
        """Like :meth:`create_response`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_response_call(create_response=create_response),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def create_response_stream(
        self,
        create_response: CreateResponse | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Stream[ResponseStreamEvent]:
        """Like :meth:`create_response`, streamed as server-sent events (sends ``"stream": true``).

        Iterate the result for typed events; use it as a
        context manager, or ``close()`` it, to release the connection early.
        """
        call = _create_response_call(create_response=create_response)
        return self.api_client.stream(
            call.for_stream(True),
            ResponseStreamEvent,
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
            expect_done=False,
        )

    def get_response(
        self,
        response_id: str,
        *,
        include: list[IncludeEnum | str] | None = None,
        stream: bool | None = None,
        starting_after: int | None = None,
        include_obfuscation: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Response:
        """Retrieves a model response with the given ID.

        Args:
            response_id: The ID of the response to retrieve.
            include: Additional fields to include in the response. See the `include`
                parameter for Response creation above for more information.
            stream: If set to true, the model response data will be streamed to the client
                as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
                See the [Streaming section below](/docs/api-reference/responses-streaming)
                for more information.
            starting_after: The sequence number of the event after which to start streaming.
            include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds
                random characters to an `obfuscation` field on streaming delta events
                to normalize payload sizes as a mitigation to certain side-channel
                attacks. These obfuscation fields are included by default, but add a
                small amount of overhead to the data stream. You can set
                `include_obfuscation` to false to optimize for bandwidth if you trust
                the network links between your application and the OpenAI API.

        Returns:
            Response
        """
        response = self.get_response_with_http_info(
            response_id=response_id,
            include=include,
            stream=stream,
            starting_after=starting_after,
            include_obfuscation=include_obfuscation,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_response_with_http_info(
        self,
        response_id: str,
        *,
        include: list[IncludeEnum | str] | None = None,
        stream: bool | None = None,
        starting_after: int | None = None,
        include_obfuscation: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Response]:
        """Like :meth:`get_response`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_response_call(
                response_id=response_id,
                include=include,
                stream=stream,
                starting_after=starting_after,
                include_obfuscation=include_obfuscation,
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

    def delete_response(
        self,
        response_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> None:
        """Deletes a model response with the given ID.

        Args:
            response_id: The ID of the response to delete.

        Returns:
            None
        """
        response = self.delete_response_with_http_info(
            response_id=response_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_response_with_http_info(
        self,
        response_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[None]:
        """Like :meth:`delete_response`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_response_call(response_id=response_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def cancel_response(
        self,
        response_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Response:
        """Cancels a model response with the given ID. Only responses created with
        the `background` parameter set to `true` can be cancelled.
        [Learn more](/docs/guides/background).

        Args:
            response_id: The ID of the response to cancel.

        Returns:
            Response
        """
        response = self.cancel_response_with_http_info(
            response_id=response_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def cancel_response_with_http_info(
        self,
        response_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Response]:
        """Like :meth:`cancel_response`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _cancel_response_call(response_id=response_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_input_items(
        self,
        response_id: str,
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
    ) -> ResponseItemList:
        """Returns a list of input items for a given response.

        Args:
            response_id: The ID of the response to retrieve input items for.
            limit: A limit on the number of objects to be returned. Limit can range between
                1 and 100, and the default is 20.
            order: The order to return the input items in. Default is `desc`.
                - `asc`: Return the input items in ascending order.
                - `desc`: Return the input items in descending order.
            after: An item ID to list items after, used in pagination.
            include: Additional fields to include in the response. See the `include`
                parameter for Response creation above for more information.

        Returns:
            ResponseItemList
        """
        response = self.list_input_items_with_http_info(
            response_id=response_id,
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

    def list_input_items_with_http_info(
        self,
        response_id: str,
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
    ) -> ApiResponse[ResponseItemList]:
        """Like :meth:`list_input_items`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_input_items_call(
                response_id=response_id, limit=limit, order=order, after=after, include=include
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

    def list_input_items_iter(
        self,
        response_id: str,
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
    ) -> SyncPage[ItemResource]:
        """Auto-paging :meth:`list_input_items`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[ItemResource]:
            page = self.list_input_items(
                response_id=response_id,
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

    def getinputtokencounts(
        self,
        *,
        token_counts_body: TokenCountsBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> TokenCountsResource:
        """Returns input token counts of the request.

        Returns an object with `object` set to `response.input_tokens` and an `input_tokens` count.

        Args:
            token_counts_body: TokenCountsBody

        Returns:
            TokenCountsResource
        """
        response = self.getinputtokencounts_with_http_info(
            token_counts_body=token_counts_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def getinputtokencounts_with_http_info(
        self,
        *,
        token_counts_body: TokenCountsBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[TokenCountsResource]:
        """Like :meth:`getinputtokencounts`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _getinputtokencounts_call(token_counts_body=token_counts_body),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def compactconversation(
        self,
        *,
        compact_response_method_public_body: (
            CompactResponseMethodPublicBody | dict[str, Any] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> CompactResource:
        """Compact a conversation. Returns a compacted response object.

        Learn when and how to compact long-running conversations in the [conversation state guide](/docs/guides/conversation-state#managing-the-context-window). For ZDR-compatible compaction details, see [Compaction (advanced)](/docs/guides/conversation-state#compaction-advanced).

        Args:
            compact_response_method_public_body: CompactResponseMethodPublicBody

        Returns:
            CompactResource
        """
        response = self.compactconversation_with_http_info(
            compact_response_method_public_body=compact_response_method_public_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def compactconversation_with_http_info(
        self,
        *,
        compact_response_method_public_body: (
            CompactResponseMethodPublicBody | dict[str, Any] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[CompactResource]:
        """Like :meth:`compactconversation`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _compactconversation_call(
                compact_response_method_public_body=compact_response_method_public_body
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


class AsyncResponsesApi:
    """Responses operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_response(
        self,
        create_response: CreateResponse | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Response:
        """Creates a model response. Provide [text](/docs/guides/text) or
        [image](/docs/guides/images) inputs to generate [text](/docs/guides/text)
        or [JSON](/docs/guides/structured-outputs) outputs. Have the model call
        your own [custom code](/docs/guides/function-calling) or use built-in
        [tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search)
        or [file search](/docs/guides/tools-file-search) to use your own data
        as input for the model's response.

        Args:
            create_response: CreateResponse

        Returns:
            Response
        """
        response = await self.create_response_with_http_info(
            create_response=create_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_response_with_http_info(
        self,
        create_response: CreateResponse | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Response]:
        """Like :meth:`create_response`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_response_call(create_response=create_response),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def create_response_stream(
        self,
        create_response: CreateResponse | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncStream[ResponseStreamEvent]:
        """Like :meth:`create_response`, streamed as server-sent events (sends ``"stream": true``).

        Iterate the result for typed events; use it as a
        context manager, or ``close()`` it, to release the connection early.
        """
        call = _create_response_call(create_response=create_response)
        return self.api_client.stream(
            call.for_stream(True),
            ResponseStreamEvent,
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
            expect_done=False,
        )

    async def get_response(
        self,
        response_id: str,
        *,
        include: list[IncludeEnum | str] | None = None,
        stream: bool | None = None,
        starting_after: int | None = None,
        include_obfuscation: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Response:
        """Retrieves a model response with the given ID.

        Args:
            response_id: The ID of the response to retrieve.
            include: Additional fields to include in the response. See the `include`
                parameter for Response creation above for more information.
            stream: If set to true, the model response data will be streamed to the client
                as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
                See the [Streaming section below](/docs/api-reference/responses-streaming)
                for more information.
            starting_after: The sequence number of the event after which to start streaming.
            include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds
                random characters to an `obfuscation` field on streaming delta events
                to normalize payload sizes as a mitigation to certain side-channel
                attacks. These obfuscation fields are included by default, but add a
                small amount of overhead to the data stream. You can set
                `include_obfuscation` to false to optimize for bandwidth if you trust
                the network links between your application and the OpenAI API.

        Returns:
            Response
        """
        response = await self.get_response_with_http_info(
            response_id=response_id,
            include=include,
            stream=stream,
            starting_after=starting_after,
            include_obfuscation=include_obfuscation,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_response_with_http_info(
        self,
        response_id: str,
        *,
        include: list[IncludeEnum | str] | None = None,
        stream: bool | None = None,
        starting_after: int | None = None,
        include_obfuscation: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Response]:
        """Like :meth:`get_response`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_response_call(
                response_id=response_id,
                include=include,
                stream=stream,
                starting_after=starting_after,
                include_obfuscation=include_obfuscation,
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

    async def delete_response(
        self,
        response_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> None:
        """Deletes a model response with the given ID.

        Args:
            response_id: The ID of the response to delete.

        Returns:
            None
        """
        response = await self.delete_response_with_http_info(
            response_id=response_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_response_with_http_info(
        self,
        response_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[None]:
        """Like :meth:`delete_response`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_response_call(response_id=response_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def cancel_response(
        self,
        response_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Response:
        """Cancels a model response with the given ID. Only responses created with
        the `background` parameter set to `true` can be cancelled.
        [Learn more](/docs/guides/background).

        Args:
            response_id: The ID of the response to cancel.

        Returns:
            Response
        """
        response = await self.cancel_response_with_http_info(
            response_id=response_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def cancel_response_with_http_info(
        self,
        response_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Response]:
        """Like :meth:`cancel_response`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _cancel_response_call(response_id=response_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def list_input_items(
        self,
        response_id: str,
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
    ) -> ResponseItemList:
        """Returns a list of input items for a given response.

        Args:
            response_id: The ID of the response to retrieve input items for.
            limit: A limit on the number of objects to be returned. Limit can range between
                1 and 100, and the default is 20.
            order: The order to return the input items in. Default is `desc`.
                - `asc`: Return the input items in ascending order.
                - `desc`: Return the input items in descending order.
            after: An item ID to list items after, used in pagination.
            include: Additional fields to include in the response. See the `include`
                parameter for Response creation above for more information.

        Returns:
            ResponseItemList
        """
        response = await self.list_input_items_with_http_info(
            response_id=response_id,
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

    async def list_input_items_with_http_info(
        self,
        response_id: str,
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
    ) -> ApiResponse[ResponseItemList]:
        """Like :meth:`list_input_items`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_input_items_call(
                response_id=response_id, limit=limit, order=order, after=after, include=include
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

    def list_input_items_iter(
        self,
        response_id: str,
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
    ) -> AsyncPager[ItemResource]:
        """Auto-paging :meth:`list_input_items`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[ItemResource]:
            page = await self.list_input_items(
                response_id=response_id,
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

        async def first() -> AsyncPage[ItemResource]:
            return await fetch(after)

        return AsyncPager(first)

    async def getinputtokencounts(
        self,
        *,
        token_counts_body: TokenCountsBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> TokenCountsResource:
        """Returns input token counts of the request.

        Returns an object with `object` set to `response.input_tokens` and an `input_tokens` count.

        Args:
            token_counts_body: TokenCountsBody

        Returns:
            TokenCountsResource
        """
        response = await self.getinputtokencounts_with_http_info(
            token_counts_body=token_counts_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def getinputtokencounts_with_http_info(
        self,
        *,
        token_counts_body: TokenCountsBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[TokenCountsResource]:
        """Like :meth:`getinputtokencounts`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _getinputtokencounts_call(token_counts_body=token_counts_body),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def compactconversation(
        self,
        *,
        compact_response_method_public_body: (
            CompactResponseMethodPublicBody | dict[str, Any] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> CompactResource:
        """Compact a conversation. Returns a compacted response object.

        Learn when and how to compact long-running conversations in the [conversation state guide](/docs/guides/conversation-state#managing-the-context-window). For ZDR-compatible compaction details, see [Compaction (advanced)](/docs/guides/conversation-state#compaction-advanced).

        Args:
            compact_response_method_public_body: CompactResponseMethodPublicBody

        Returns:
            CompactResource
        """
        response = await self.compactconversation_with_http_info(
            compact_response_method_public_body=compact_response_method_public_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def compactconversation_with_http_info(
        self,
        *,
        compact_response_method_public_body: (
            CompactResponseMethodPublicBody | dict[str, Any] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[CompactResource]:
        """Like :meth:`compactconversation`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _compactconversation_call(
                compact_response_method_public_body=compact_response_method_public_body
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
