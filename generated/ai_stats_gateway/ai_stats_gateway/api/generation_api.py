"""generation operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions
from ..api_response import ApiResponse
from ..models.generation_response import GenerationResponse
from ..models.get_generation_response401 import GetGenerationResponse401
from ..models.get_generation_response404 import GetGenerationResponse404

__all__ = ["GenerationApi", "AsyncGenerationApi"]


def _get_generation_call(
    id: str,
) -> Call:
    return Call(
        "GET",
        "/generation",
        query={"id": id},
        accept="application/json",
        responses={
            "200": ("json", GenerationResponse),
            "401": ("json", GetGenerationResponse401),
            "404": ("json", GetGenerationResponse404),
        },
        security=(("BearerAuth",),),
    )


class GenerationApi:
    """generation operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def get_generation(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> GenerationResponse:
        """Retrieve a specific generation by ID.

        Args:
            id: The ID of the generation

        Returns:
            GenerationResponse
        """
        response = self.get_generation_with_http_info(
            id=id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_generation_with_http_info(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[GenerationResponse]:
        """Like :meth:`get_generation`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_generation_call(id=id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncGenerationApi:
    """generation operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def get_generation(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> GenerationResponse:
        """Retrieve a specific generation by ID.

        Args:
            id: The ID of the generation

        Returns:
            GenerationResponse
        """
        response = await self.get_generation_with_http_info(
            id=id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_generation_with_http_info(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[GenerationResponse]:
        """Like :meth:`get_generation`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_generation_call(id=id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
