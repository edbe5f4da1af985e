"""embeddings operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.embeddings_request import EmbeddingsRequest
from ..models.embeddings_response import EmbeddingsResponse

__all__ = ["EmbeddingsApi", "AsyncEmbeddingsApi"]


def _create_embedding_call(
    embeddings_request: EmbeddingsRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/embeddings",
        body_kind="json",
        json=json_body(embeddings_request, EmbeddingsRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", EmbeddingsResponse)},
        security=(("BearerAuth",),),
    )


class EmbeddingsApi:
    """embeddings operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def create_embedding(
        self,
        embeddings_request: EmbeddingsRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> EmbeddingsResponse:
        """Creates an embedding vector representing the input text.

        Args:
            embeddings_request: EmbeddingsRequest

        Returns:
            EmbeddingsResponse
        """
        response = self.create_embedding_with_http_info(
            embeddings_request=embeddings_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_embedding_with_http_info(
        self,
        embeddings_request: EmbeddingsRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[EmbeddingsResponse]:
        """Like :meth:`create_embedding`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_embedding_call(embeddings_request=embeddings_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncEmbeddingsApi:
    """embeddings operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_embedding(
        self,
        embeddings_request: EmbeddingsRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> EmbeddingsResponse:
        """Creates an embedding vector representing the input text.

        Args:
            embeddings_request: EmbeddingsRequest

        Returns:
            EmbeddingsResponse
        """
        response = await self.create_embedding_with_http_info(
            embeddings_request=embeddings_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_embedding_with_http_info(
        self,
        embeddings_request: EmbeddingsRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[EmbeddingsResponse]:
        """Like :meth:`create_embedding`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_embedding_call(embeddings_request=embeddings_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
