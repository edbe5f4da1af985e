"""Moderations operations: Given text and/or image inputs, classifies if those inputs are potentially harmful.."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.create_moderation_request import CreateModerationRequest
from ..models.create_moderation_response import CreateModerationResponse

__all__ = ["ModerationsApi", "AsyncModerationsApi"]


def _create_moderation_call(
    create_moderation_request: CreateModerationRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/moderations",
        body_kind="json",
        json=json_body(create_moderation_request, CreateModerationRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", CreateModerationResponse)},
        security=(("ApiKeyAuth",),),
    )


class ModerationsApi:
    """Moderations operations.

    Given text and/or image inputs, classifies if those inputs are potentially harmful.
    """

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def create_moderation(
        self,
        create_moderation_request: CreateModerationRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> CreateModerationResponse:
        """Classifies if text and/or image inputs are potentially harmful. Learn
        more in the [moderation guide](/docs/guides/moderation).

        Args:
            create_moderation_request: CreateModerationRequest

        Returns:
            CreateModerationResponse
        """
        response = self.create_moderation_with_http_info(
            create_moderation_request=create_moderation_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_moderation_with_http_info(
        self,
        create_moderation_request: CreateModerationRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[CreateModerationResponse]:
        """Like :meth:`create_moderation`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_moderation_call(create_moderation_request=create_moderation_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncModerationsApi:
    """Moderations operations (async).

    Given text and/or image inputs, classifies if those inputs are potentially harmful.
    """

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_moderation(
        self,
        create_moderation_request: CreateModerationRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> CreateModerationResponse:
        """Classifies if text and/or image inputs are potentially harmful. Learn
        more in the [moderation guide](/docs/guides/moderation).

        Args:
            create_moderation_request: CreateModerationRequest

        Returns:
            CreateModerationResponse
        """
        response = await self.create_moderation_with_http_info(
            create_moderation_request=create_moderation_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_moderation_with_http_info(
        self,
        create_moderation_request: CreateModerationRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[CreateModerationResponse]:
        """Like :meth:`create_moderation`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_moderation_call(create_moderation_request=create_moderation_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
