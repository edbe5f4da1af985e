"""responses operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.responses_request import ResponsesRequest
from ..models.responses_response import ResponsesResponse

__all__ = ["ResponsesApi", "AsyncResponsesApi"]


def _create_response_call(
    responses_request: ResponsesRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/responses",
        body_kind="json",
        json=json_body(responses_request, ResponsesRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", ResponsesResponse)},
        security=(("BearerAuth",),),
    )


class ResponsesApi:
    """responses operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def create_response(
        self,
        responses_request: ResponsesRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ResponsesResponse:
        """Creates a response using the Responses API.

        Args:
            responses_request: ResponsesRequest

        Returns:
            ResponsesResponse
        """
        response = self.create_response_with_http_info(
            responses_request=responses_request,
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
        responses_request: ResponsesRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ResponsesResponse]:
        """Like :meth:`create_response`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_response_call(responses_request=responses_request),
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
    """responses operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_response(
        self,
        responses_request: ResponsesRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ResponsesResponse:
        """Creates a response using the Responses API.

        Args:
            responses_request: ResponsesRequest

        Returns:
            ResponsesResponse
        """
        response = await self.create_response_with_http_info(
            responses_request=responses_request,
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
        responses_request: ResponsesRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ResponsesResponse]:
        """Like :meth:`create_response`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_response_call(responses_request=responses_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
