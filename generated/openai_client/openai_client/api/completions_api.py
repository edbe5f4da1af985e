"""Completions operations: Given a prompt, the model will return one or more predicted completions, and can also return the probabilities of alternative tokens at each position.."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.create_completion_request import CreateCompletionRequest
from ..models.create_completion_response import CreateCompletionResponse

__all__ = ["CompletionsApi", "AsyncCompletionsApi"]


def _create_completion_call(
    create_completion_request: CreateCompletionRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/completions",
        body_kind="json",
        json=json_body(create_completion_request, CreateCompletionRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", CreateCompletionResponse)},
        security=(("ApiKeyAuth",),),
    )


class CompletionsApi:
    """Completions operations.

    Given a prompt, the model will return one or more predicted completions, and can also return the probabilities of alternative tokens at each position.
    """

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def create_completion(
        self,
        create_completion_request: CreateCompletionRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> CreateCompletionResponse:
        """Creates a completion for the provided prompt and parameters.

        Returns a completion object, or a sequence of completion objects if the request is streamed.

        Args:
            create_completion_request: CreateCompletionRequest

        Returns:
            CreateCompletionResponse
        """
        response = self.create_completion_with_http_info(
            create_completion_request=create_completion_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_completion_with_http_info(
        self,
        create_completion_request: CreateCompletionRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[CreateCompletionResponse]:
        """Like :meth:`create_completion`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_completion_call(create_completion_request=create_completion_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncCompletionsApi:
    """Completions operations (async).

    Given a prompt, the model will return one or more predicted completions, and can also return the probabilities of alternative tokens at each position.
    """

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_completion(
        self,
        create_completion_request: CreateCompletionRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> CreateCompletionResponse:
        """Creates a completion for the provided prompt and parameters.

        Returns a completion object, or a sequence of completion objects if the request is streamed.

        Args:
            create_completion_request: CreateCompletionRequest

        Returns:
            CreateCompletionResponse
        """
        response = await self.create_completion_with_http_info(
            create_completion_request=create_completion_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_completion_with_http_info(
        self,
        create_completion_request: CreateCompletionRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[CreateCompletionResponse]:
        """Like :meth:`create_completion`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_completion_call(create_completion_request=create_completion_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
